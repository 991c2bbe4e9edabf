import { describe, expect, it } from "vitest";
import { createSignInLimiter } from "./rate-limit";

const limits = { perAccountAndAddress: 5, perAddress: 30, perAccount: 100, windowMs: 15 * 60_000 };

function limiterAt(start = 0) {
  let t = start;
  const limiter = createSignInLimiter({ ...limits, now: () => t });
  return { limiter, advance: (ms: number) => (t += ms) };
}

describe("sign-in limiter", () => {
  it("counts an attempt when it begins, before its outcome is known", () => {
    const { limiter } = limiterAt();
    const started = Array.from({ length: 8 }, () => limiter.begin("leader", "10.0.0.9"));
    expect(started.filter((a) => a.allowed)).toHaveLength(5);
    const refused = started.at(-1);
    expect(refused?.allowed).toBe(false);
    if (refused && !refused.allowed) expect(refused.retryAfterSeconds).toBe(15 * 60);
  });

  it("does not lock the account out for its owner at another address", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 5; i++) limiter.begin("leader", "10.0.0.9");
    expect(limiter.begin("leader", "10.0.0.9").allowed).toBe(false);
    expect(limiter.begin("Leader", "192.168.1.20").allowed).toBe(true);
  });

  it("stops one address trying many accounts, and many addresses trying one account", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 30; i++) limiter.begin(`user${i}`, "10.0.0.9");
    expect(limiter.begin("someone-else", "10.0.0.9").allowed).toBe(false);
    for (let i = 0; i < 100; i++) limiter.begin("admin", `10.1.${Math.floor(i / 4)}.${i}`);
    expect(limiter.begin("admin", "10.2.0.1").allowed).toBe(false);
  });

  it("takes a successful attempt back and clears that address's failures for the account", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 4; i++) limiter.begin("staff", "10.0.0.9");
    const right = limiter.begin("staff", "10.0.0.9");
    if (right.allowed) right.succeeded();
    for (let i = 0; i < 5; i++) expect(limiter.begin("staff", "10.0.0.9").allowed).toBe(true);
    expect(limiter.begin("staff", "10.0.0.9").allowed).toBe(false);
  });

  it("forgets attempts older than the window", () => {
    const { limiter, advance } = limiterAt(1_000_000);
    for (let i = 0; i < 5; i++) limiter.begin("staff", "10.0.0.9");
    advance(10 * 60_000);
    const early = limiter.begin("staff", "10.0.0.9");
    expect(early.allowed).toBe(false);
    if (!early.allowed) expect(early.retryAfterSeconds).toBe(5 * 60);
    advance(5 * 60_000 + 1);
    expect(limiter.begin("staff", "10.0.0.9").allowed).toBe(true);
  });
});
