import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Caller;
let staff: Caller;
let leader: Caller;
let anon: Caller;
const seedEvent = "/api/events/2023-02-24-inspection";
let before: { event: unknown; results: unknown; sheets: unknown };

const projectIds = ["chery-qingdao-base", "yingliu-area-renewal", "metro-line-7-phase-2"];
const criteria = [
  { id: "progress", name: "建设进度", nameEn: "Progress", max: 40 },
  { id: "investment", name: "投资完成", nameEn: "Investment", max: 30 },
  { id: "quality", name: "质量安全", nameEn: "Quality and safety", max: 20 },
  { id: "benefit", name: "综合效益", nameEn: "Benefit", max: 10 },
];
const roster = Array.from({ length: 8 }, (_, i) => ({
  label: `评委${String(i + 1).padStart(2, "0")}`,
  name: `测试评委${i + 1}`,
  groupId: i < 3 ? "district_leaders" : i < 6 ? "department_heads" : "town_heads",
  ...(i === 7 ? { unit: "通济街道办事处" } : {}),
}));
const draft = (over: Record<string, unknown> = {}) => ({
  name: "2026年第二季度重点项目观摩会",
  date: "2026-05-12",
  venue: "区政府会议室",
  projectIds,
  scheme: { criteria },
  evaluators: roster,
  ...over,
});

const auditOf = async (subject: string) =>
  (await server.secondStore()).db
    .selectFrom("audit_log")
    .select(["action", "before", "after"])
    .where("subject", "=", subject)
    .orderBy("id")
    .execute();

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, "admin", "demo-admin");
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
  anon = caller(server.url);
  before = {
    event: (await admin("GET", seedEvent)).body,
    results: (await anon("GET", `${seedEvent}/results`)).body,
    sheets: (await anon("GET", `${seedEvent}/sheets`)).body,
  };
});
afterAll(() => server.close());

describe("POST /api/events", () => {
  let id: string;
  it("creates a draft with its own roster, scheme copied or given, and audits it", async () => {
    const res = await staff("POST", "/api/events", draft());
    expect(res.status).toBe(201);
    id = res.body.event.id;
    expect(res.body.event.state).toBe("draft");
    expect(res.body.event.scheme.criteria).toEqual(criteria);
    // Groups, rules and vote options come from the template (the seed's inspection).
    expect(res.body.event.groups.map((g: { id: string }) => g.id)).toEqual([
      "district_leaders",
      "department_heads",
      "town_heads",
    ]);
    expect(res.body.event.rules.trimMinSheets).toBeGreaterThanOrEqual(3);
    expect(res.body.evaluators).toHaveLength(8);
    expect(res.body.evaluators[0]).toMatchObject({ label: "评委01", labelEn: "Evaluator 01" });
    expect(res.headers.get("etag")).toBe('"v1"');
    const audit = await auditOf(`event:${id}`);
    expect(audit.map((a) => a.action)).toEqual(["event.create"]);
    expect(JSON.parse(audit[0]?.after ?? "{}").roster).toHaveLength(8);
  });

  it("shows names to staff and admins only; the public sees labels", async () => {
    const forStaff = await staff("GET", `/api/events/${id}`);
    expect(forStaff.body.evaluators.map((e: { id: string }) => e.id)).toHaveLength(8);
    expect(forStaff.body.evaluators[0].name).toBe("测试评委1");
    for (const who of [anon, leader]) {
      const seen = await who("GET", `/api/events/${id}`);
      expect(seen.status).toBe(200);
      expect(JSON.stringify(seen.body)).not.toContain("测试评委");
    }
  });

  it("keeps the seed's inspection to its own evaluators", async () => {
    const seed = await admin("GET", seedEvent);
    expect(seed.body).toEqual(before.event);
    expect(seed.body.evaluators.some((e: { eventId?: string }) => e.eventId)).toBe(false);
  });

  it("copies the template's scheme when none is given, and will not open with nobody to score", async () => {
    const res = await admin("POST", "/api/events", draft({ scheme: undefined, evaluators: [] }));
    expect(res.status).toBe(201);
    const opened = await admin("POST", `/api/events/${res.body.event.id}/state`, { state: "open" });
    expect(opened.status).toBe(409);
    expect(opened.body.error.code).toBe("roster_empty");
    expect(opened.body.error.message).toContain("评委名单为空");
    expect((await anon("GET", `/api/events/${res.body.event.id}`)).body.event.state).toBe("draft");
    expect(res.body.event.scheme.criteria).toEqual(
      (before.event as { event: { scheme: { criteria: unknown } } }).event.scheme.criteria,
    );
    expect(res.body.event.id).not.toBe(id);
  });

  it("refuses bad input per field, in the reader's language, and stores nothing", async () => {
    const count = (await anon("GET", "/api/events")).body.events.length;
    const res = await admin(
      "POST",
      "/api/events",
      draft({
        projectIds: ["chery-qingdao-base", "no-such-project", "chery-qingdao-base"],
        evaluators: [
          { label: "评委01", groupId: "nobody" },
          { label: "评委01", groupId: "town_heads" },
        ],
        recusals: [{ evaluatorId: "e01", projectId: "yingliu-area-renewal", reason: "x" }],
      }),
      { "accept-language": "zh-CN" },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("event_invalid");
    const byField = Object.fromEntries(
      res.body.error.details.issues.map((i: { field: string; message: string }) => [
        i.field,
        i.message,
      ]),
    );
    expect(byField["projectIds.1"]).toContain("项目库中没有");
    expect(byField["projectIds.2"]).toContain("重复");
    expect(byField["evaluators.0.groupId"]).toContain("评委组");
    expect(byField["evaluators.1.label"]).toContain("重复");
    expect(byField["recusals.0.evaluatorId"]).toContain("名单中没有");
    expect(byField["recusals.0.projectId"]).toContain("不在本次观摩会内");
    const english = await admin("POST", "/api/events", draft({ date: "12/05/2026" }), {
      "accept-language": "en",
    });
    expect(english.status).toBe(400);
    expect(english.body.error.details.issues[0].field).toBe("date");
    expect((await anon("GET", "/api/events")).body.events.length).toBe(count);
  });

  it("is for staff and admins only", async () => {
    expect((await leader("POST", "/api/events", draft())).status).toBe(403);
    expect((await anon("POST", "/api/events", draft())).status).toBe(401);
  });

  it("honours Idempotency-Key", async () => {
    const key = { "idempotency-key": "create-once" };
    const first = await admin("POST", "/api/events", draft({ id: "once-only" }), key);
    const again = await admin("POST", "/api/events", draft({ id: "once-only" }), key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
  });
});

describe("PUT /api/events/:id", () => {
  let id: string;
  beforeAll(async () => {
    id = (await admin("POST", "/api/events", draft({ id: "edit-me" }))).body.event.id;
  });

  it("edits everything of a draft, roster and recusals included, with before → after", async () => {
    const current = await admin("GET", `/api/events/${id}/draft`);
    const evaluators = current.body.evaluators.slice(0, 6).map((e: Record<string, string>) => ({
      id: e.id,
      label: e.label,
      name: e.name,
      groupId: e.groupId,
    }));
    const first = evaluators[0].id;
    const res = await admin(
      "PUT",
      `/api/events/${id}`,
      {
        venue: "即墨宾馆",
        projectIds: projectIds.slice(0, 2),
        evaluators: [...evaluators, { label: "评委09", groupId: "town_heads" }],
        recusals: [{ evaluatorId: first, projectId: projectIds[0], reason: "亲属任职" }],
        rules: { trimMinSheets: 5, weightByGroup: true, scoreWeight: 0.8, satisfactionWeight: 0.2 },
      },
      { "if-match": current.headers.get("etag") ?? "" },
    );
    expect(res.status).toBe(200);
    expect(res.body.event.venue).toBe("即墨宾馆");
    expect(res.body.evaluators).toHaveLength(7);
    expect(res.body.evaluators[0].id).toBe(first);
    expect(res.body.event.recusals).toHaveLength(1);
    expect(res.headers.get("etag")).toBe('"v2"');
    const audit = (await auditOf(`event:${id}`)).at(-1);
    expect(audit?.action).toBe("event.update");
    expect(JSON.parse(audit?.before ?? "{}").event.venue).toBe("区政府会议室");
    expect(JSON.parse(audit?.after ?? "{}").event.venue).toBe("即墨宾馆");
  });

  it("refuses a stale If-Match", async () => {
    const res = await admin("PUT", `/api/events/${id}`, { venue: "x" }, { "if-match": '"v1"' });
    expect(res.status).toBe(412);
  });

  it("refuses a roster that takes another inspection's evaluator ids", async () => {
    const res = await admin("PUT", `/api/events/${id}`, {
      evaluators: [{ id: "e01", label: "评委01", groupId: "town_heads" }],
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].field).toBe("evaluators.0.id");
  });

  it("refuses edits once the event is no longer a draft, and a scheme change once sheets exist", async () => {
    expect((await admin("POST", `/api/events/${id}/state`, { state: "open" })).status).toBe(200);
    const opened = await admin("PUT", `/api/events/${id}`, { venue: "别处" });
    expect(opened.status).toBe(409);
    expect(opened.body.error.code).toBe("event_not_draft");
    // The roster is what the desk, links and sheets see now.
    const { body } = await admin("GET", `/api/events/${id}/draft`);
    const evaluator = body.evaluators[1].id;
    const sheet = await staff("PUT", `/api/events/${id}/sheets/${evaluator}/${projectIds[1]}`, {
      scores: { progress: 30, investment: 20, quality: 15, benefit: 8 },
      vote: "satisfied",
    });
    expect(sheet.status).toBe(201);
    expect(
      (
        await staff("PUT", `/api/events/${id}/sheets/e01/${projectIds[1]}`, {
          scores: { progress: 30, investment: 20, quality: 15, benefit: 8 },
          vote: "satisfied",
        })
      ).status,
    ).toBe(404);
    // Even were it a draft again, the scheme stays fixed now that a sheet exists.
    const { db } = await server.secondStore();
    const { record } = await db
      .selectFrom("events")
      .select("record")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    await db
      .updateTable("events")
      .set({ state: "draft", record: JSON.stringify({ ...JSON.parse(record), state: "draft" }) })
      .where("id", "=", id)
      .execute();
    const locked = await admin("PUT", `/api/events/${id}`, {
      scheme: { criteria: criteria.slice(0, 3) },
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe("scheme_locked");
    expect((await admin("PUT", `/api/events/${id}`, { venue: "别处" })).status).toBe(200);
  });

  it("refuses edits of the seed's published inspection and leaves it as it was", async () => {
    const res = await admin("PUT", seedEvent, { venue: "别处" });
    expect(res.status).toBe(409);
    expect((await admin("GET", seedEvent)).body).toEqual(before.event);
    expect((await anon("GET", `${seedEvent}/results`)).body).toEqual(before.results);
    expect((await anon("GET", `${seedEvent}/sheets`)).body).toEqual(before.sheets);
  });
});

describe("the contract's shape of POST /api/events", () => {
  it("takes criteria without English names and evaluators without a group", async () => {
    const res = await admin("POST", "/api/events", {
      name: "契约观摩会",
      date: "2026-07-01",
      venue: "会场",
      projectIds: ["chery-qingdao-base"],
      scheme: { criteria: [{ id: "overall", name: "综合", max: 100 }] },
      evaluators: [{ id: "contract-e1", label: "评委01" }],
    });
    expect(res.status).toBe(201);
    expect(res.body.event.scheme.criteria[0].nameEn).toBe("综合");
    expect(res.body.evaluators[0]).toMatchObject({
      id: "contract-e1",
      groupId: res.body.event.groups[0].id,
    });
  });
});

describe("the audit of a draft", () => {
  it("keeps the roster's names for staff and admins, not for leaders", async () => {
    const { body } = await admin("POST", "/api/events", draft({ id: "audited" }));
    const forAdmin = await admin("GET", `/api/events/${body.event.id}/audit`);
    expect(JSON.stringify(forAdmin.body)).toContain("测试评委1");
    const forLeader = await leader("GET", `/api/events/${body.event.id}/audit`);
    expect(forLeader.status).toBe(200);
    expect(forLeader.body.records[0].after.roster).toHaveLength(8);
    expect(JSON.stringify(forLeader.body)).not.toContain("测试评委");
  });
});
