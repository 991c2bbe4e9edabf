import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextPeriod } from "../domain/periods";
import { defaultDeadline } from "../domain/reporting-rounds";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

/**
 * 填报轮次 and 旬报 through the real server: rounds opened and closed by staff, reports sent by a
 * responsible unit for its own projects only, reviewed by staff, and what an accepted report moves.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let leader: Caller;
let unit: Caller;
let anon: Caller;

const own = "dayi-jingcheng-pharmaceutical"; // 区工业和信息化局
const ownOther = "impulse-sports-industrial-park"; // 区工业和信息化局
const foreign = "liandong-u-valley-chaohai"; // 潮海街道办事处
const reportPath = (id: string, period = "2023-03-1") => `/api/projects/${id}/reports/${period}`;
const good = { investment: 0.12, progress: 63.5, note: "设备基础施工" };

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
  unit = await signIn(server.url, "unit", "demo-unit");
  anon = caller(server.url);
});
afterAll(async () => {
  await server.close();
});

describe("reporting rounds", () => {
  it("start as the seed's periods, closed, with 数据截至 at the latest", async () => {
    const { body } = await anon("GET", "/api/rounds");
    expect(body.rounds).toHaveLength(42);
    expect(body.rounds.every((r: { state: string }) => r.state === "closed")).toBe(true);
    expect(body.rounds.at(-1)).toMatchObject({ period: "2023-02-3", deadline: "2023-03-03" });
    const projects = (await anon("GET", "/api/projects")).body;
    expect(projects).toMatchObject({ asOf: "2023-02-28", asOfBasis: "round" });
  });

  it("are opened by staff only, after the latest one, never twice", async () => {
    const round = { period: "2023-03-1", deadline: "2023-03-13" };
    expect((await anon("POST", "/api/rounds", round)).status).toBe(401);
    expect((await leader("POST", "/api/rounds", round)).status).toBe(403);
    expect((await unit("POST", "/api/rounds", round)).status).toBe(403);
    const earlier = await staff("POST", "/api/rounds", {
      period: "2021-01-2",
      deadline: "2021-01-23",
    });
    expect(earlier.status).toBe(409);
    expect(earlier.body.error.code).toBe("round_not_after_latest");
    const badDeadline = await staff("POST", "/api/rounds", { ...round, deadline: "2023-02-27" });
    expect(badDeadline.body.error.code).toBe("round_deadline_invalid");
    const opened = await staff("POST", "/api/rounds", round);
    expect(opened.status).toBe(201);
    expect(opened.body.round).toMatchObject({ ...round, state: "open", openedBy: "user:staff" });
    const again = await staff("POST", "/api/rounds", round, { "accept-language": "en" });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "round_exists" });
    expect(again.body.error.message).toContain("already exists");
  });
});

describe("a responsible unit", () => {
  it("is told in its session which projects it reports for", async () => {
    const { body } = await unit("GET", "/api/session");
    expect(body.user).toMatchObject({ role: "unit", unit: "区工业和信息化局" });
    expect(body.user.projectIds).toHaveLength(5);
    expect(body.user.projectIds).toContain(own);
  });

  it("can neither send nor read another unit's reports, also when asked many times at once", async () => {
    const tries = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) =>
        unit("PUT", reportPath(foreign), { ...good, note: `try ${i}` }),
      ),
      ...Array.from({ length: 6 }, () => unit("GET", "/api/rounds/2023-03-1/reports")),
      unit("POST", `${reportPath(foreign)}/review`, { decision: "accept" }),
    ]);
    const puts = tries.slice(0, 6);
    for (const put of puts) {
      expect(put.status).toBe(403);
      expect(put.body.error.code).toBe("not_your_project");
    }
    for (const read of tries.slice(6, 12)) {
      expect(read.status).toBe(200);
      const ids = read.body.reports.map((r: { projectId: string }) => r.projectId);
      expect(ids).toHaveLength(5);
      expect(ids).not.toContain(foreign);
    }
    expect(tries[12]?.status).toBe(403);
    const all = (await staff("GET", "/api/rounds/2023-03-1/reports")).body;
    expect(all.reports).toHaveLength(18);
    expect(all.counts.missing).toBe(18);
  });

  it("is refused, per field and in its language, what the checks refuse", async () => {
    const down = await unit("PUT", reportPath(own), { ...good, progress: 50 });
    expect(down.status).toBe(400);
    expect(down.body.error.code).toBe("report_invalid");
    expect(down.body.error.details.issues).toMatchObject([
      { code: "progress_down", field: "progress", fixableWithReason: true },
    ]);
    expect(down.body.error.message).toContain("形象进度");
    const over = await unit("PUT", `${reportPath(own)}?lang=en`, { ...good, investment: 7 });
    expect(over.body.error.details.issues[0]).toMatchObject({ code: "over_total" });
    expect(over.body.error.details.issues[0].message).toContain("overTotal: true");
    const unknown = await unit("PUT", reportPath(own), {
      ...good,
      milestones: [{ id: "no-such", doneOn: "2023-03-05" }],
      reason: "x",
    });
    expect(unknown.body.error.details.issues[0].code).toBe("unknown_milestone");
    const outside = await unit("PUT", reportPath(own), {
      ...good,
      milestones: [{ id: "equipment", doneOn: "2023-02-27" }],
    });
    expect(outside.body.error.details.issues[0].code).toBe("milestone_outside_period");
    const closedRound = await unit("PUT", reportPath(own, "2023-02-3"), good);
    expect(closedRound.status).toBe(409);
    expect(closedRound.body.error.code).toBe("no_open_round");
    const noRound = await unit("PUT", reportPath(own, "2023-03-2"), good);
    expect(noRound.body.error.code).toBe("no_open_round");
  });

  it("sends a report that waits for review, once per key, and only over the version it saw", async () => {
    const headers = { "idempotency-key": "phone-1", "if-match": '"v0"' };
    const sent = await unit("PUT", reportPath(own), good, headers);
    expect(sent.status).toBe(201);
    expect(sent.body.report).toMatchObject({
      state: "submitted",
      submittedBy: "user:unit",
      completedInvestment: 0.12,
      cumulativeInvestment: 8.618,
      version: 1,
    });
    expect(sent.headers.get("etag")).toBe('"v1"');
    const replay = await unit("PUT", reportPath(own), good, headers);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.body.report.version).toBe(1);
    const stale = await unit(
      "PUT",
      reportPath(own),
      { ...good, note: "改" },
      { "if-match": '"v0"' },
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe("report_version_conflict");
    // Waiting for review: not yet part of the project, and 数据截至 stays.
    const project = (await anon("GET", `/api/projects/${own}`)).body;
    expect(project.project.reports.at(-1).period).toBe("2023-02-3");
    expect(project.project.progress).toBe(61.7);
    expect(project).toMatchObject({ asOf: "2023-02-28", asOfBasis: "round" });
    const round = (await unit("GET", "/api/rounds/2023-03-1/reports")).body;
    expect(round.reports.find((r: { projectId: string }) => r.projectId === own)).toMatchObject({
      state: "submitted",
      reported: true,
      version: 1,
    });
  });
});

describe("review", () => {
  it("returns with a reason only, and the unit sends again", async () => {
    const noReason = await staff("POST", `${reportPath(own)}/review`, { decision: "return" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("return_reason_required");
    expect((await leader("POST", `${reportPath(own)}/review`, { decision: "accept" })).status).toBe(
      403,
    );
    const returned = await staff("POST", `${reportPath(own)}/review`, {
      decision: "return",
      reason: "投资额与台账不符",
    });
    expect(returned.body.report).toMatchObject({
      state: "returned",
      returnReason: "投资额与台账不符",
    });
    const again = await staff("POST", `${reportPath(own)}/review`, {
      decision: "return",
      reason: "x",
    });
    expect(again.status).toBe(409);
    const resent = await unit(
      "PUT",
      reportPath(own),
      { ...good, investment: 0.15 },
      {
        "if-match": '"v2"',
      },
    );
    expect(resent.status).toBe(200);
    expect(resent.body.report).toMatchObject({ state: "submitted", version: 3 });
  });

  it("accepting moves the project, its light and 数据截至, and is pushed live", async () => {
    const changes: string[] = [];
    const controller = new AbortController();
    const stream = await fetch(`${server.url}/api/live`, { signal: controller.signal });
    const reader = stream.body?.getReader();
    const reading = (async () => {
      const decoder = new TextDecoder();
      for (;;) {
        const chunk = await reader?.read();
        if (!chunk || chunk.done) return;
        changes.push(decoder.decode(chunk.value));
      }
    })().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 100));

    const accepted = await staff("POST", `${reportPath(own)}/review`, { decision: "accept" });
    expect(accepted.status).toBe(200);
    expect(accepted.body.report).toMatchObject({ state: "accepted", reviewedBy: "user:staff" });
    const { body } = await anon("GET", `/api/projects/${own}`);
    expect(body).toMatchObject({ asOf: "2023-03-10", asOfBasis: "report" });
    expect(body.project.progress).toBe(63.5);
    expect(body.project.cumulativeInvestment).toBeCloseTo(8.648, 6);
    expect(body.project.ytdInvestment).toBeCloseTo(0.9174, 6);
    expect(body.project.reports.at(-1)).toMatchObject({ period: "2023-03-1", state: "accepted" });
    expect(body.project.statusExplanation.asOf).toBe("2023-03-10");
    await new Promise((r) => setTimeout(r, 100));
    controller.abort();
    await reading;
    expect(changes.join("")).toMatch(/"type":"reports","period":"2023-03-1","projectId":"dayi/);

    const late = await unit("PUT", reportPath(own), good);
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe("report_already_accepted");
  });

  it("counts what staff enter at once, and audits every write", async () => {
    const entered = await staff("PUT", reportPath(foreign), {
      investment: 0.2,
      progress: 71,
      note: "纸质报表录入",
      milestones: [{ id: "equipment", doneOn: "2023-03-08" }],
    });
    expect(entered.status).toBe(201);
    expect(entered.body.report.state).toBe("accepted");
    const project = (await anon("GET", `/api/projects/${foreign}`)).body.project;
    expect(project.progress).toBe(71);
    expect(project.milestones.find((m: { id: string }) => m.id === "equipment").actualDate).toBe(
      "2023-03-08",
    );
    const actions = (
      await (
        await server.secondStore()
      ).db
        .selectFrom("audit_log")
        .select("action")
        .where((eb) => eb.or([eb("subject", "like", "report:%"), eb("subject", "like", "round:%")]))
        .orderBy("id")
        .execute()
    ).map((r) => r.action);
    expect(actions).toEqual([
      "round.open",
      "report.submit",
      "report.return",
      "report.submit",
      "report.accept",
      "report.enter",
    ]);
  });

  it("a round closes only when nothing waits for review", async () => {
    expect((await unit("PUT", reportPath(ownOther), { ...good, progress: 70 })).status).toBe(201);
    const pending = await staff("POST", "/api/rounds/2023-03-1/close");
    expect(pending.status).toBe(409);
    expect(pending.body.error.code).toBe("round_has_pending");
    await staff("POST", `${reportPath(ownOther)}/review`, {
      decision: "return",
      reason: "补充说明",
    });
    const closed = await staff("POST", "/api/rounds/2023-03-1/close");
    expect(closed.status).toBe(200);
    expect(closed.body.round.state).toBe("closed");
    const projects = (await leader("GET", "/api/projects")).body;
    expect(projects).toMatchObject({ asOf: "2023-03-10", asOfBasis: "round" });
    const table = (await leader("GET", "/api/rounds/2023-03-1/reports")).body;
    expect(table.counts).toMatchObject({ accepted: 2, returned: 1, missing: 15, submitted: 0 });
    expect((await anon("GET", "/api/rounds/2023-03-1/reports")).status).toBe(401);
  });
});

describe("closing a round while a unit sends", () => {
  it("never leaves a report waiting in a closed round: one of the two is refused", async () => {
    let period = "2023-03-1";
    for (let i = 0; i < 6; i++) {
      period = nextPeriod(period);
      const opened = await staff("POST", "/api/rounds", {
        period,
        deadline: defaultDeadline(period),
      });
      expect(opened.status).toBe(201);
      const [sent, closed] = await Promise.all([
        unit("PUT", reportPath(ownOther, period), { ...good, progress: 70 + i, note: `并发 ${i}` }),
        staff("POST", `/api/rounds/${period}/close`),
      ]);
      // Sent first: the close sees it waiting. Closed first: the send finds no open round.
      if (closed.status === 200) {
        expect(sent.status).toBe(409);
        expect(sent.body.error.code).toBe("no_open_round");
      } else {
        expect(closed.body.error.code).toBe("round_has_pending");
        expect(sent.status).toBe(201);
        await staff("POST", `${reportPath(ownOther, period)}/review`, {
          decision: "return",
          reason: "并发测试",
        });
        expect((await staff("POST", `/api/rounds/${period}/close`)).status).toBe(200);
      }
      const table = (await leader("GET", `/api/rounds/${period}/reports`)).body;
      expect(table.counts.submitted).toBe(0);
    }
  });
});
