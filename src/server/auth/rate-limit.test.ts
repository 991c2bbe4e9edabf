import { expect, it } from "vitest";
import { openStore, type Store } from "../store/sql";
import { describeOnPostgres, forEachStore, testPostgresSchema } from "../store/test-stores";
import { createSignInLimiter, type SignInLimits } from "./rate-limit";

const limits = { perAccountAndAddress: 5, perAddress: 30, perAccount: 100, windowMs: 15 * 60_000 };

function limiterAt(store: Store, start = 0, given: SignInLimits = limits) {
  let t = start;
  const limiter = createSignInLimiter(store, { ...given, now: () => t });
  return { limiter, advance: (ms: number) => (t += ms) };
}

const attemptsStored = async (store: Store) =>
  Number(
    (
      await store
        .q()
        .selectFrom("sign_in_attempts")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

forEachStore((store) => {
  it("counts an attempt when it begins, before its outcome is known", async () => {
    const { limiter } = limiterAt(store());
    const started = await Promise.all(
      Array.from({ length: 8 }, () => limiter.begin("leader", "10.0.0.9")),
    );
    expect(started.filter((a) => a.allowed)).toHaveLength(5);
    const refused = started.find((a) => !a.allowed);
    expect(refused?.allowed).toBe(false);
    if (refused && !refused.allowed) expect(refused.retryAfterSeconds).toBe(15 * 60);
  });

  it("does not lock the account out for its owner at another address", async () => {
    const { limiter } = limiterAt(store());
    for (let i = 0; i < 5; i++) await limiter.begin("leader", "10.0.0.9");
    expect((await limiter.begin("leader", "10.0.0.9")).allowed).toBe(false);
    expect((await limiter.begin("Leader", "192.168.1.20")).allowed).toBe(true);
  });

  it("stops one address trying many accounts, and many addresses trying one account", async () => {
    const { limiter } = limiterAt(store());
    for (let i = 0; i < 30; i++) await limiter.begin(`user${i}`, "10.0.0.9");
    expect((await limiter.begin("someone-else", "10.0.0.9")).allowed).toBe(false);
    for (let i = 0; i < 100; i++) await limiter.begin("admin", `10.1.${Math.floor(i / 4)}.${i}`);
    expect((await limiter.begin("admin", "10.2.0.1")).allowed).toBe(false);
  });

  it("takes a successful attempt back and clears that address's failures for the account", async () => {
    const { limiter } = limiterAt(store());
    for (let i = 0; i < 4; i++) await limiter.begin("staff", "10.0.0.9");
    const right = await limiter.begin("staff", "10.0.0.9");
    if (right.allowed) await right.succeeded();
    for (let i = 0; i < 5; i++)
      expect((await limiter.begin("staff", "10.0.0.9")).allowed).toBe(true);
    expect((await limiter.begin("staff", "10.0.0.9")).allowed).toBe(false);
  });

  it("takes back only its own count from the wider limits", async () => {
    const { limiter } = limiterAt(store(), 0, { ...limits, perAccount: 3 });
    await limiter.begin("staff", "10.0.0.1");
    await limiter.begin("staff", "10.0.0.2");
    const right = await limiter.begin("staff", "10.0.0.3");
    if (right.allowed) await right.succeeded();
    // The two failures elsewhere still count: one more attempt fills the account's limit.
    expect((await limiter.begin("staff", "10.0.0.4")).allowed).toBe(true);
    expect((await limiter.begin("staff", "10.0.0.5")).allowed).toBe(false);
  });

  it("forgets attempts older than the window, and clears them out of the store", async () => {
    const { limiter, advance } = limiterAt(store(), 1_000_000);
    for (let i = 0; i < 5; i++) await limiter.begin("staff", "10.0.0.9");
    advance(10 * 60_000);
    const early = await limiter.begin("staff", "10.0.0.9");
    expect(early.allowed).toBe(false);
    if (!early.allowed) expect(early.retryAfterSeconds).toBe(5 * 60);
    for (let i = 0; i < 20; i++) await limiter.begin(`someone${i}`, `10.3.0.${i}`);
    expect(await attemptsStored(store())).toBe(15 + 60);
    advance(15 * 60_000 + 1);
    expect((await limiter.begin("staff", "10.0.0.9")).allowed).toBe(true);
    // Only the attempt just made is left: nothing grows without bound.
    expect(await attemptsStored(store())).toBe(3);
  });
});

describeOnPostgres("two nodes on one PostgreSQL database", () => {
  it("share the limit: parallel guesses split between them allow exactly the limit", async () => {
    const { url, schema, drop } = await testPostgresSchema();
    const open = () => openStore({ dataDir: "", databaseUrl: url, postgresSchema: schema });
    const [a, b] = [await open(), await open()];
    try {
      const nodes = [a, b].map((s) => createSignInLimiter(s, limits));
      const guesses = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (nodes[i % 2] as (typeof nodes)[number]).begin("admin", "10.0.0.9"),
        ),
      );
      expect(guesses.filter((g) => g.allowed)).toHaveLength(limits.perAccountAndAddress);
      // And the account's owner elsewhere still gets in, on either node.
      expect((await nodes[1]?.begin("admin", "10.9.9.9"))?.allowed).toBe(true);
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });
});
