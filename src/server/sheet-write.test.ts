import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

const eventId = "2023-02-24-inspection";
const path = (evaluatorId: string, projectId: string) =>
  `/api/events/${eventId}/sheets/${evaluatorId}/${projectId}`;
const sheet = (over: Record<string, unknown> = {}) => ({
  scores: { progress: 27, investment: 18, technology: 17.5, site_management: 13, benefit: 12 },
  vote: "satisfied",
  ...over,
});

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Caller;
let staff: Caller;
let leader: Caller;
let anon: Caller;
let projectId: string;
let evaluatorId: string;

async function storedSheets(): Promise<
  { evaluatorId: string; projectId: string; version: number; scores: Record<string, number> }[]
> {
  return (await anon("GET", `/api/events/${eventId}/sheets`)).body.sheets;
}
async function auditCount(): Promise<number> {
  return (await admin("GET", `/api/events/${eventId}/audit?limit=1000`)).body.records.length;
}

/** node:http rather than fetch: the server answers 413 before the upload ends, which fetch reports as a failure. */
function rawPut(
  target: string,
  body: string,
): Promise<{ status: number; body: { error: { code: string } } }> {
  const url = new URL(target, server.url);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: "PUT", headers: { "content-type": "application/json", ...staffHeaders } },
      (res) => {
        let text = "";
        res.on("data", (chunk) => {
          text += chunk;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    req.on("error", (error) =>
      /EPIPE|ECONNRESET/.test(String(error)) ? undefined : reject(error),
    );
    req.end(body);
  });
}
let staffHeaders: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, "admin", "demo-admin");
  staff = await signIn(server.url, "staff", "demo-staff");
  staffHeaders = staff.headers;
  leader = await signIn(server.url, "leader", "demo-leader");
  anon = caller(server.url);
  const event = (await anon("GET", `/api/events/${eventId}`)).body;
  projectId = event.event.projectIds[0];
  evaluatorId = event.evaluators[0].id;
});
afterAll(async () => {
  await server.close();
});

describe("event states", () => {
  it("refuse writes while published, and reopening needs an admin and a reason", async () => {
    const frozen = await staff("PUT", path(evaluatorId, projectId), sheet({ reason: "typo" }));
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe("event_published");
    expect(
      (await staff("POST", `/api/events/${eventId}/state`, { state: "open", reason: "x" })).status,
    ).toBe(403);
    const noReason = await admin("POST", `/api/events/${eventId}/state`, { state: "open" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("reason_required");
    const reopened = await admin("POST", `/api/events/${eventId}/state`, {
      state: "open",
      reason: "补录两份纸质评分表",
    });
    expect(reopened.status).toBe(200);
    const audit = (await admin("GET", `/api/events/${eventId}/audit`)).body.records;
    expect(audit[0]).toMatchObject({
      actor: "user:admin",
      action: "event.state",
      before: { state: "published" },
      after: { state: "open" },
      reason: "补录两份纸质评分表",
    });
  });
});

describe("who may write a sheet", () => {
  it("refuses anonymous visitors (401), leaders and display tokens (403)", async () => {
    expect((await anon("PUT", path(evaluatorId, projectId), sheet())).status).toBe(401);
    expect((await leader("PUT", path(evaluatorId, projectId), sheet())).status).toBe(403);
    const display = await admin("POST", "/api/display-tokens", { label: "三楼会议室" });
    expect(display.status).toBe(201);
    const screen = caller(server.url, { authorization: `Bearer ${display.body.token}` });
    expect((await screen("PUT", path(evaluatorId, projectId), sheet())).status).toBe(403);
    expect((await screen("GET", "/api/projects")).status).toBe(200);
  });

  it("lets an evaluator's personal link write only that evaluator's sheets, until revoked", async () => {
    const [own, other] = (await anon("GET", `/api/events/${eventId}`)).body.evaluators;
    const link = await staff("POST", `/api/events/${eventId}/links/${own.id}`);
    expect(link.status).toBe(201);
    expect(link.body.path).toBe(`/score/${link.body.token}`);
    const phone = caller(server.url, { authorization: `Bearer ${link.body.token}` });
    const mine = await phone("PUT", path(own.id, projectId), sheet({ reason: "现场修改" }));
    expect(mine.status).toBe(200);
    const theirs = await phone("PUT", path(other.id, projectId), sheet({ reason: "x" }));
    expect(theirs.status).toBe(403);
    // No CSRF token needed: a bearer token cannot ride along on another site's form.
    expect((await phone("GET", "/api/session")).body.actor).toEqual({
      kind: "evaluator",
      evaluatorId: own.id,
      eventId,
    });
    await staff("DELETE", `/api/events/${eventId}/links/${own.id}`);
    const revoked = await phone("PUT", path(own.id, projectId), sheet({ reason: "x" }));
    expect(revoked.status).toBe(401);
    expect(revoked.body.error.code).toBe("link_revoked");
  });
});

describe("bad input changes nothing", () => {
  const cases: [string, unknown, number, string][] = [
    [
      "a score out of range",
      sheet({ scores: { ...sheet().scores, progress: 31 } }),
      400,
      "sheet_invalid",
    ],
    ["a missing criterion", sheet({ scores: { progress: 20 } }), 400, "sheet_invalid"],
    [
      "an unknown criterion",
      sheet({ scores: { ...sheet().scores, beauty: 3 } }),
      400,
      "sheet_invalid",
    ],
    [
      "a score of the wrong type",
      sheet({ scores: { ...sheet().scores, progress: "27" } }),
      400,
      "sheet_invalid",
    ],
    ["an unknown vote", sheet({ vote: "delighted" }), 400, "sheet_invalid"],
    ["malformed JSON", '{"scores": ', 400, "invalid_json"],
  ];
  for (const [what, body, status, code] of cases)
    it(`refuses ${what} with ${status} ${code}`, async () => {
      const before = await storedSheets();
      const auditBefore = await auditCount();
      const res = await staff("PUT", path(evaluatorId, projectId), body);
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message.length).toBeGreaterThan(3);
      expect(await storedSheets()).toEqual(before);
      expect(await auditCount()).toBe(auditBefore);
    });

  it("refuses an oversized body with 413 before reading it all", async () => {
    const before = await storedSheets();
    const res = await rawPut(
      path(evaluatorId, projectId),
      JSON.stringify(sheet({ comment: "长".repeat(300_000) })),
    );
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("body_too_large");
    expect(await storedSheets()).toEqual(before);
  });

  it("names the criterion and its range in the message", async () => {
    const res = await staff(
      "PUT",
      path(evaluatorId, projectId),
      sheet({ scores: { ...sheet().scores, progress: 31 } }),
    );
    expect(res.body.error.message).toContain("“项目建设进度”得分 31 超出 0–30");
  });

  it("refuses an unknown project or evaluator with 404", async () => {
    expect(
      (await staff("PUT", path(evaluatorId, "no-such-project"), sheet())).body.error.code,
    ).toBe("project_not_in_event");
    expect((await staff("PUT", path("e999", projectId), sheet())).body.error.code).toBe(
      "evaluator_not_found",
    );
    expect((await staff("PUT", path("E_1", projectId), sheet())).status).toBe(400);
  });
});

describe("corrections, versions and replays", () => {
  it("needs a reason to change a submitted sheet, and records before → after", async () => {
    const target = path(evaluatorId, projectId);
    const current = (await storedSheets()).find(
      (s) => s.evaluatorId === evaluatorId && s.projectId === projectId,
    );
    expect(current).toBeDefined();
    const noReason = await staff(
      "PUT",
      target,
      sheet({ scores: { ...sheet().scores, benefit: 9 } }),
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("reason_required");
    const fixed = await staff(
      "PUT",
      target,
      sheet({ scores: { ...sheet().scores, benefit: 9 }, reason: "纸质表核对" }),
    );
    expect(fixed.status).toBe(200);
    expect(fixed.body.sheet.version).toBe((current?.version ?? 0) + 1);
    expect(fixed.headers.get("etag")).toBe(`"v${fixed.body.sheet.version}"`);
    const [record] = (await admin("GET", `/api/events/${eventId}/audit`)).body.records;
    expect(record).toMatchObject({
      actor: "user:staff",
      action: "sheet.correct",
      reason: "纸质表核对",
    });
    expect(record.after.scores.benefit).toBe(9);
  });

  it("refuses a stale If-Match with 412 and keeps the newer sheet", async () => {
    const target = path(evaluatorId, projectId);
    const now = (await storedSheets()).find(
      (s) => s.evaluatorId === evaluatorId && s.projectId === projectId,
    );
    const stale = await staff("PUT", target, sheet({ reason: "旧版本" }), {
      "if-match": `"v${(now?.version ?? 1) - 1}"`,
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("version_conflict");
    const fresh = await staff("PUT", target, sheet({ reason: "最新版本" }), {
      "if-match": `"v${now?.version}"`,
    });
    expect(fresh.status).toBe(200);
  });

  it("replays an Idempotency-Key's stored outcome and refuses the key with another body", async () => {
    const other = (await anon("GET", `/api/events/${eventId}`)).body.event.projectIds[1];
    const target = path(evaluatorId, other);
    const body = sheet({ scores: { ...sheet().scores, progress: 11 }, reason: "离线补交" });
    const key = { "idempotency-key": "phone-7f1c-0001" };
    const first = await staff("PUT", target, body, key);
    const auditAfterFirst = await auditCount();
    const replay = await staff("PUT", target, body, key);
    expect(replay.status).toBe(first.status);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(await auditCount()).toBe(auditAfterFirst);
    const conflict = await staff("PUT", target, { ...body, vote: "unsatisfied" }, key);
    expect(conflict.status).toBe(422);
    expect(conflict.body.error.code).toBe("idempotency_mismatch");
    // The key is bound to the body as sent, byte for byte (not to its parsed value).
    const reformatted = await staff("PUT", target, JSON.stringify(body, null, 2), key);
    expect(reformatted.status).toBe(422);
  });
});

describe("writes arriving together", () => {
  it("stores every good one and refuses the bad one with its own error", async () => {
    const { event, evaluators } = (await anon("GET", `/api/events/${eventId}`)).body;
    const pairs = (evaluators as { id: string }[])
      .slice(0, 6)
      .flatMap((e) => (event.projectIds as string[]).slice(2, 6).map((p) => [e.id, p] as const));
    const current = await storedSheets();
    const versionOf = (e: string, p: string) =>
      current.find((s) => s.evaluatorId === e && s.projectId === p)?.version ?? 0;
    const [badEvaluator, badProject] = pairs[7] ?? ["", ""];
    const auditBefore = await auditCount();
    const answers = await Promise.all(
      pairs.map(([e, p], i) =>
        staff(
          "PUT",
          path(e, p),
          sheet({ scores: { ...sheet().scores, progress: i + 1 }, reason: "同批提交" }),
          {
            "idempotency-key": `together-${i}`,
            // The bad one names a version the sheet has never had.
            "if-match": `"v${versionOf(e, p) + (e === badEvaluator && p === badProject ? 5 : 0)}"`,
          },
        ),
      ),
    );
    const after = await storedSheets();
    pairs.forEach(([e, p], i) => {
      const answer = answers[i];
      const stored = after.find((s) => s.evaluatorId === e && s.projectId === p);
      if (e === badEvaluator && p === badProject) {
        expect(answer?.status).toBe(412);
        expect(answer?.body.error.code).toBe("version_conflict");
        expect(stored?.version ?? 0).toBe(versionOf(e, p));
      } else {
        expect(answer?.status).toBe(versionOf(e, p) ? 200 : 201);
        expect(stored?.scores.progress).toBe(i + 1);
        expect(stored?.version).toBe(versionOf(e, p) + 1);
      }
    });
    expect(await auditCount()).toBe(auditBefore + pairs.length - 1);
  });

  it("writes once when the same keyed sheet is sent twice at the same moment", async () => {
    const { event, evaluators } = (await anon("GET", `/api/events/${eventId}`)).body;
    const target = path(evaluators[7].id, event.projectIds[8]);
    const body = sheet({ scores: { ...sheet().scores, progress: 3 }, reason: "重发" });
    const key = { "idempotency-key": "twice-at-once" };
    const auditBefore = await auditCount();
    const [a, b] = await Promise.all([
      staff("PUT", target, body, key),
      staff("PUT", target, body, key),
    ]);
    expect(a.body).toEqual(b.body);
    const replays = [a, b].filter((r) => r.headers.get("idempotent-replayed") === "true");
    expect(replays).toHaveLength(1);
    expect(await auditCount()).toBe(auditBefore + 1);
  });
});

describe("published results are frozen", () => {
  it("refuses every write once published again", async () => {
    expect((await staff("POST", `/api/events/${eventId}/state`, { state: "closed" })).status).toBe(
      200,
    );
    // Closed: evaluators' links stop, staff may still key paper sheets.
    const link = await staff("POST", `/api/events/${eventId}/links/${evaluatorId}`);
    const phone = caller(server.url, { authorization: `Bearer ${link.body.token}` });
    const late = await phone("PUT", path(evaluatorId, projectId), sheet({ reason: "迟到" }));
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("event_not_open");
    const paper = await staff("PUT", path(evaluatorId, projectId), sheet({ reason: "纸质表补录" }));
    expect(paper.status).toBe(200);
    expect(
      (await staff("POST", `/api/events/${eventId}/state`, { state: "published" })).status,
    ).toBe(403);
    expect(
      (await admin("POST", `/api/events/${eventId}/state`, { state: "published" })).status,
    ).toBe(200);
    const res = await admin("PUT", path(evaluatorId, projectId), sheet({ reason: "x" }));
    expect(res.status).toBe(409);
    expect(
      (await admin("POST", `/api/events/${eventId}/state`, { state: "draft" })).body.error.code,
    ).toBe("invalid_transition");
  });
});

describe("what a personal link may read", () => {
  it("sees only its own evaluator's raw sheets", async () => {
    const evaluators = (await anon("GET", `/api/events/${eventId}`)).body.evaluators;
    const link = await staff("POST", `/api/events/${eventId}/links/${evaluators[5].id}`);
    const phone = caller(server.url, { authorization: `Bearer ${link.body.token}` });
    const sheets = (await phone("GET", `/api/events/${eventId}/sheets`)).body.sheets;
    expect(sheets.length).toBe(18);
    expect(new Set(sheets.map((s: { evaluatorId: string }) => s.evaluatorId))).toEqual(
      new Set([evaluators[5].id]),
    );
  });
});
