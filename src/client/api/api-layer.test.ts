import { afterEach, describe, expect, it, vi } from "vitest";
import { keysFor } from "../lib/use-live-updates";
import { allQueries } from "./all-queries";
import { apiClient } from "./api-client";
import {
  credentialHeaders,
  displayCredentials,
  linkCredentials,
  liveStreamUrl,
  sessionCredentials,
} from "./credentials";
import { eventQueryOptions, resultsQueryOptions, sheetsQueryOptions } from "./events";
import { projectsQueryOptions } from "./projects";
import { queryClient } from "./query-client";
import { queryKeys } from "./query-keys";
import { ApiError, isAccessRevoked, readJson } from "./read-json";
import { putSheet } from "./sheet-writes";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

/** Records what the typed client sends, answering with `answer`. */
function stubFetch(answer: () => Response = () => json({ ok: true })) {
  const sent: { url: string; init: RequestInit; headers: Headers }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url: String(url), init, headers: new Headers(init.headers) });
      return answer();
    }),
  );
  return sent;
}

const isPrefix = (prefix: readonly unknown[], key: readonly unknown[]) =>
  prefix.every((part, i) => key[i] === part);

afterEach(() => {
  vi.unstubAllGlobals();
  queryClient.clear();
});

describe("credentials", () => {
  it("a session sends its CSRF token (if any) and no bearer token", () => {
    expect(credentialHeaders(sessionCredentials, "csrf-1")).toEqual({ "X-CSRF-Token": "csrf-1" });
    expect(credentialHeaders(sessionCredentials, undefined)).toEqual({});
  });

  it("a link or display token goes as a bearer token, never with the session's CSRF token", () => {
    expect(credentialHeaders(linkCredentials("L"), "csrf-1")).toEqual({
      Authorization: "Bearer L",
    });
    expect(credentialHeaders(displayCredentials("D"), "csrf-1")).toEqual({
      Authorization: "Bearer D",
    });
  });

  it("only a display token rides in the live stream's URL; a personal link never does", () => {
    expect(liveStreamUrl(displayCredentials("a b"))).toBe("/api/live?token=a%20b");
    expect(liveStreamUrl(linkCredentials("secret"))).toBe("/api/live");
    expect(liveStreamUrl(sessionCredentials)).toBe("/api/live");
  });

  it("the typed client sends the credentials it was made for", async () => {
    const sent = stubFetch(() => json({ projects: [] }));
    queryClient.setQueryData(queryKeys.session(), { csrfToken: "csrf-1" });
    await apiClient(sessionCredentials).projects.$get();
    await apiClient(linkCredentials("L")).projects.$get();
    await apiClient(displayCredentials("D")).projects.$get();
    expect(sent.map((s) => s.headers.get("authorization"))).toEqual([null, "Bearer L", "Bearer D"]);
    expect(sent.map((s) => s.headers.get("x-csrf-token"))).toEqual(["csrf-1", null, null]);
    expect(sent.every((s) => s.headers.get("accept-language"))).toBe(true);
  });

  it("one client per token", () => {
    expect(apiClient(linkCredentials("L"))).toBe(apiClient(linkCredentials("L")));
    expect(apiClient(linkCredentials("L"))).not.toBe(apiClient(displayCredentials("L")));
  });

  it("a sheet write keeps If-Match and, when given, the Idempotency-Key", async () => {
    const sent = stubFetch(() => json({ sheet: { version: 3 }, outcome: "updated" }));
    const target = { eventId: "e1", evaluatorId: "ev1", projectId: "p1" };
    const body = { scores: { a: 1 }, vote: "satisfied" as const };
    await putSheet(linkCredentials("L"), target, body, { baseVersion: 2, idempotencyKey: "k1" });
    await putSheet(sessionCredentials, target, body, { baseVersion: 0 });
    expect(sent[0]?.url).toBe("/api/events/e1/sheets/ev1/p1");
    expect(sent[0]?.init.method).toBe("PUT");
    expect(sent[0]?.headers.get("if-match")).toBe('"v2"');
    expect(sent[0]?.headers.get("idempotency-key")).toBe("k1");
    expect(sent[0]?.headers.get("authorization")).toBe("Bearer L");
    expect(JSON.parse(String(sent[0]?.init.body))).toEqual(body);
    expect(sent[1]?.headers.get("if-match")).toBe('"v0"');
    expect(sent[1]?.headers.has("idempotency-key")).toBe(false);
  });
});

describe("query keys", () => {
  it("every event key sits under the events prefix, so one invalidation reaches them all", () => {
    for (const key of [
      queryKeys.eventDetail("e1"),
      queryKeys.eventResults("e1"),
      queryKeys.eventSheets("e1"),
      queryKeys.eventDoubleEntry("e1"),
      queryKeys.eventAudit("e1"),
      queryKeys.eventQuality("e1"),
    ])
      expect(isPrefix(queryKeys.events(), key)).toBe(true);
    expect(isPrefix(queryKeys.eventSheets("e1"), queryKeys.eventDoubleEntry("e1"))).toBe(true);
  });

  it("token reads are kept apart per token but stay under the shared keys", () => {
    const desk = sheetsQueryOptions("e1").queryKey;
    const phoneA = sheetsQueryOptions("e1", linkCredentials("A")).queryKey;
    const phoneB = sheetsQueryOptions("e1", linkCredentials("B")).queryKey;
    expect(desk).toEqual(queryKeys.eventSheets("e1"));
    expect(phoneA).not.toEqual(phoneB);
    expect(phoneA).not.toEqual(desk);
    expect(isPrefix(queryKeys.eventSheets("e1"), phoneA)).toBe(true);
    const wall = projectsQueryOptions(displayCredentials("D")).queryKey;
    expect(isPrefix(queryKeys.projectList(), wall)).toBe(true);
  });

  it("a live change reaches the reads of every client", () => {
    const keys = keysFor({ type: "sheets", eventId: "e1", projectId: "p1", evaluatorId: "v1" });
    const reached = (key: readonly unknown[]) => keys.some((k) => isPrefix(k, key));
    expect(reached(resultsQueryOptions("e1", displayCredentials("D")).queryKey)).toBe(true);
    expect(reached(sheetsQueryOptions("e1", linkCredentials("L")).queryKey)).toBe(true);
    expect(reached(sheetsQueryOptions("e2").queryKey)).toBe(false);
    const eventKeys = keysFor({ type: "event", eventId: "e1" });
    expect(
      eventKeys.some((k) => isPrefix(k, eventQueryOptions("e1", linkCredentials("L")).queryKey)),
    ).toBe(true);
    // A node that lost touch with the others says "refetch everything": every read is reached.
    const all = keysFor({ type: "all" });
    expect(all.some((k) => isPrefix(k, projectsQueryOptions().queryKey))).toBe(true);
    expect(
      all.some((k) => isPrefix(k, resultsQueryOptions("e9", displayCredentials("D")).queryKey)),
    ).toBe(true);
  });
});

describe("errors", () => {
  it("the contract's error body becomes an ApiError with the server's code and message", async () => {
    const error = await readJson(
      Promise.resolve(json({ error: { code: "sheet_stale", message: "已被他人修改" } }, 412)),
    ).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 412, code: "sheet_stale", message: "已被他人修改" });
  });

  it("a dead network is status 0, code network", async () => {
    const error = await readJson(Promise.reject(new TypeError("Failed to fetch"))).catch((e) => e);
    expect(error).toMatchObject({ status: 0, code: "network" });
  });

  it("a body that is not the contract's still fails with the HTTP status", async () => {
    const res = new Response("<html>", { status: 502, statusText: "Bad Gateway" });
    const error = await readJson(Promise.resolve(res)).catch((e) => e);
    expect(error).toMatchObject({ status: 502, code: "http", message: "Bad Gateway" });
  });

  it("an error body named as an answer is returned, not thrown", async () => {
    const body = { error: { code: "import_rejected" }, report: { rows: [] } };
    const answer = await readJson(Promise.resolve(json(body, 422)), {
      answers: (status) => status === 422,
    });
    expect(answer).toEqual(body);
  });

  it("a revoked link or display token is recognised the same way for phone and wall", () => {
    expect(isAccessRevoked(new ApiError(401, "link_revoked", ""))).toBe(true);
    expect(isAccessRevoked(new ApiError(401, "unauthenticated", ""))).toBe(true);
    expect(isAccessRevoked(new ApiError(403, "forbidden", ""))).toBe(false);
    expect(isAccessRevoked(new Error("x"))).toBe(false);
  });
});

describe("queries needed together", () => {
  const q = (state: Partial<{ isPending: boolean; isError: boolean; error: unknown }>) => ({
    isPending: false,
    isError: false,
    error: null,
    refetch: vi.fn(),
    ...state,
  });

  it("an error shows at once and retries only what failed", () => {
    const failed = q({ isError: true, error: new ApiError(500, "internal", "x") });
    const waiting = q({ isPending: true });
    const all = allQueries([waiting, failed]);
    expect(all).toMatchObject({ isPending: false, isError: true, error: failed.error });
    all.refetch();
    expect(failed.refetch).toHaveBeenCalledOnce();
    expect(waiting.refetch).not.toHaveBeenCalled();
  });

  it("pending until every query has answered", () => {
    expect(allQueries([q({}), q({ isPending: true })]).isPending).toBe(true);
    expect(allQueries([q({}), q({})]).isPending).toBe(false);
  });
});
