import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "./auth/password";
import { type Caller, caller, copySeed, readNow, signIn, startTestServer } from "./test-server";

const eventId = "demo-entry-practice";
const base = `/api/events/${eventId}`;
const entry = (evaluatorId: string, projectId: string) =>
  `${base}/double-entry/${evaluatorId}/${projectId}`;
const sheet = (over: Record<string, unknown> = {}) => ({
  scores: { progress: 27, investment: 18, technology: 17.5, site_management: 13, benefit: 12 },
  vote: "satisfied",
  ...over,
});

let seed: string;
let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let admin: Caller;
let reviewer: Caller;
let leader: Caller;
let projects: string[];

const sheetsOf = async (evaluatorId: string) =>
  (
    (await caller(server.url)("GET", `${base}/sheets`)).body.sheets as { evaluatorId: string }[]
  ).filter((s) => s.evaluatorId === evaluatorId);
const auditOf = async (evaluatorId: string, projectId: string) =>
  ((await admin("GET", `${base}/audit?limit=1000`)).body.records as { subject: string }[]).filter(
    (r) => r.subject === `sheet:${evaluatorId}/${projectId}`,
  );

beforeAll(async () => {
  // e69 comes from the first project's responsible unit: 回避 applies to double entry too.
  seed = copySeed();
  const firstProject = JSON.parse(readFileSync(join(seed, "projects.json"), "utf8")).projects[0];
  const file = join(seed, "evaluators.json");
  const evaluators = JSON.parse(readFileSync(file, "utf8"));
  for (const e of evaluators.evaluators) if (e.id === "e69") e.unit = firstProject.responsibleUnit;
  writeFileSync(file, JSON.stringify(evaluators));
  server = await startTestServer({ seedDir: seed });
  // A third staff account: the review must come from someone who keyed neither pass.
  await server.services.accounts.addUser(
    { username: "reviewer", role: "staff", displayName: "复核员" },
    await hashPassword("reviewer-password"),
  );
  staff = await signIn(server.url, "staff", "demo-staff");
  admin = await signIn(server.url, "admin", "demo-admin");
  reviewer = await signIn(server.url, "reviewer", "reviewer-password");
  leader = await signIn(server.url, "leader", "demo-leader");
  projects = (await staff("GET", base)).body.event.projectIds;
});
afterAll(async () => {
  await server.close();
  rmSync(seed, { recursive: true, force: true });
});

describe("blind double entry", () => {
  it("keeps the first pass as an entry, not a sheet, and shows who keyed it but not the values", async () => {
    const first = await staff("POST", entry("e60", projects[0] as string), sheet());
    expect(first.status).toBe(201);
    expect(first.body.outcome).toBe("first");
    expect(await sheetsOf("e60")).toHaveLength(0);
    const list = await admin("GET", `${base}/double-entry`);
    expect(list.status).toBe(200);
    expect(list.body.waiting).toEqual([
      expect.objectContaining({ evaluatorId: "e60", keyedBy: "user:staff", mine: false }),
    ]);
    // Who and when, never what: no scores or vote travel with a waiting pass.
    for (const pass of list.body.waiting) {
      expect(pass).not.toHaveProperty("scores");
      expect(pass).not.toHaveProperty("vote");
    }
  });

  it("refuses a second pass by the same account with a clear message", async () => {
    const again = await staff("POST", entry("e60", projects[0] as string), sheet());
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("double_entry_same_keyer");
    expect(again.body.error.message).toContain("另一位工作人员");
  });

  it("stores a matching second pass once, with one audit record naming both keyers", async () => {
    const p = projects[0] as string;
    const second = await admin("POST", entry("e60", p), sheet({ comment: "进度快" }));
    expect(second.status).toBe(201);
    expect(second.body.outcome).toBe("matched");
    expect(second.body.sheet).toMatchObject({ version: 1, total: 87.5, comment: "进度快" });
    expect(await sheetsOf("e60")).toHaveLength(1);
    const audit = await auditOf("e60", p);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "sheet.submit", actor: "double-entry:staff+admin" });
    expect((await admin("GET", `${base}/double-entry`)).body.waiting).toEqual([]);
    // Once stored, the sheet is corrected the usual way (with a reason), not double-keyed again.
    const third = await reviewer("POST", entry("e60", p), sheet());
    expect(third.status).toBe(409);
    expect(third.body.error.code).toBe("double_entry_sheet_exists");
  });

  it("lists a mismatch, hides both passes from their keyers, and a third account resolves it", async () => {
    const p = projects[1] as string;
    expect((await staff("POST", entry("e61", p), sheet())).status).toBe(201);
    const wrong = sheet({ scores: { ...sheet().scores, progress: 21 }, vote: "unsatisfied" });
    const second = await admin("POST", entry("e61", p), wrong);
    expect(second.status).toBe(200);
    expect(second.body.outcome).toBe("mismatch");
    expect(await sheetsOf("e61")).toHaveLength(0);

    for (const keyer of [staff, admin]) {
      const seen = (await keyer("GET", `${base}/double-entry`)).body.mismatches;
      expect(seen).toEqual([expect.objectContaining({ evaluatorId: "e61", blind: true })]);
      expect(seen[0].first).toBeUndefined();
      expect(JSON.stringify(seen)).not.toMatch(/"progress"|unsatisfied/);
    }
    const review = (await reviewer("GET", `${base}/double-entry`)).body.mismatches[0];
    expect(review).toMatchObject({
      blind: false,
      keyers: ["user:staff", "user:admin"],
      first: { scores: { progress: 27 }, vote: "satisfied" },
      second: { scores: { progress: 21 }, vote: "unsatisfied" },
      differing: { criteria: ["progress"], vote: true, comment: false },
    });

    const blocked = await reviewer("POST", entry("e61", p), sheet());
    expect(blocked.body.error.code).toBe("double_entry_in_review");

    const resolve = `${base}/double-entry/mismatches/${review.id}/resolve`;
    const byKeyer = await admin("POST", resolve, sheet({ reason: "核对纸质表" }));
    expect(byKeyer.status).toBe(403);
    expect(byKeyer.body.error.code).toBe("double_entry_keyer_cannot_resolve");
    const noReason = await reviewer("POST", resolve, sheet());
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("double_entry_reason_required");
    expect(await sheetsOf("e61")).toHaveLength(0);

    const done = await reviewer("POST", resolve, sheet({ reason: "纸质表进度分为 27" }));
    expect(done.status).toBe(200);
    expect(done.body.sheet).toMatchObject({ scores: { progress: 27 }, vote: "satisfied" });
    expect(await sheetsOf("e61")).toHaveLength(1);
    const audit = await auditOf("e61", p);
    expect(audit).toEqual([
      expect.objectContaining({
        actor: "double-entry-review:reviewer",
        reason: "纸质表进度分为 27",
      }),
    ]);
    expect((await reviewer("GET", `${base}/double-entry`)).body.mismatches).toEqual([]);
    expect((await reviewer("POST", resolve, sheet({ reason: "again" }))).status).toBe(409);
  });

  it("applies the PUT route's checks: roles, scheme, recusal and event state", async () => {
    const p = projects[2] as string;
    expect((await leader("POST", entry("e62", p), sheet())).status).toBe(403);
    expect((await caller(server.url)("POST", entry("e62", p), sheet())).status).toBe(401);
    expect((await leader("GET", `${base}/double-entry`)).status).toBe(403);
    const tooHigh = await staff("POST", entry("e62", p), sheet({ scores: { progress: 31 } }));
    expect(tooHigh.status).toBe(400);
    expect(tooHigh.body.error.code).toBe("sheet_invalid");
    const badJson = await staff("POST", entry("e62", p), "{");
    expect(badJson.body.error.code).toBe("invalid_json");
    const recused = await staff("POST", entry("e69", projects[0] as string), sheet());
    expect(recused.status).toBe(409);
    expect(recused.body.error.code).toBe("recused");
    const unknown = await staff("POST", entry("e62", "no-such-project"), sheet());
    expect(unknown.body.error.code).toBe("project_not_in_event");
    expect((await admin("GET", `${base}/double-entry`)).body.waiting).toEqual([]);

    const published = "/api/events/2023-02-24-inspection/double-entry/e01/";
    const frozen = await staff("POST", `${published}${projects[0]}`, sheet());
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe("event_published");
  });

  it("replays an Idempotency-Key instead of keying twice", async () => {
    const p = projects[3] as string;
    const headers = { "Idempotency-Key": "de-1" };
    const a = await staff("POST", entry("e63", p), sheet(), headers);
    const b = await staff("POST", entry("e63", p), sheet(), headers);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.headers.get("idempotent-replayed")).toBe("true");
  });

  it("tells open pages of a keying only once another connection can read it", async () => {
    const p = projects[4] as string;
    // What a page would read on hearing of the change: another connection to the same store.
    const reader = await server.secondStore();
    const seen: Promise<number>[] = [];
    const stop = server.services.feed.subscribe((change) => {
      if (change.type !== "sheets" || change.evaluatorId !== "e64") return;
      const count = reader.db
        .selectFrom("double_entries")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("evaluator_id", "=", "e64")
        .where("project_id", "=", p);
      seen.push(readNow(reader, count).then((rows) => Number(rows[0]?.n)));
    });
    try {
      await staff("POST", entry("e64", p), sheet());
      await admin("POST", entry("e64", p), sheet());
    } finally {
      stop();
    }
    expect(await Promise.all(seen)).toEqual([1, 2]);
  });
});
