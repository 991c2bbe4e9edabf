import { describe, expect, it } from "vitest";
import { isLoopbackHost, shareBase } from "./share-link";

describe("shareable links", () => {
  it.each(["127.0.0.1", "127.1.2.3", "localhost", "LOCALHOST", "app.localhost", "[::1]", "::1"])(
    "%s is a loopback host",
    (host) => expect(isLoopbackHost(host)).toBe(true),
  );
  it.each(["192.168.1.20", "10.0.0.5", "xm.jimo.gov.cn", "127.example.com"])(
    "%s is reachable from elsewhere",
    (host) => expect(isLoopbackHost(host)).toBe(false),
  );

  it("use PUBLIC_URL when it is set, whatever address the page was opened at", () => {
    expect(shareBase("http://192.168.1.20:8080", "http://127.0.0.1:8080")).toEqual({
      origin: "http://192.168.1.20:8080",
      loopback: false,
      configured: true,
    });
  });

  it("fall back to the page's address, flagged when only this computer can open it", () => {
    expect(shareBase(null, "http://127.0.0.1:8080")).toMatchObject({
      origin: "http://127.0.0.1:8080",
      loopback: true,
      configured: false,
    });
    expect(shareBase(null, "http://[::1]:8080").loopback).toBe(true);
    expect(shareBase(null, "http://192.168.1.20:8080").loopback).toBe(false);
  });
});
