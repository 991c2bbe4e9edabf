import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Caller;
let staff: Caller;
let leader: Caller;
let anon: Caller;

// 营流片区改造: one open problem is overdue by 8 days at 数据截至 (2023-02-28), another not yet due.
const projectId = "yingliu-area-renewal";
const raise = (over: Record<string, unknown> = {}) => ({
  title: "临时用电手续未办结",
  type: "utilities",
  unit: "区供电公司",
  dueDate: "2023-03-20",
  ...over,
});

const auditOf = async (subject: string) =>
  (await server.secondStore()).db
    .selectFrom("audit_log")
    .select(["action", "actor", "reason"])
    .where("subject", "=", subject)
    .orderBy("id")
    .execute();
const light = async (id: string) =>
  (await anon("GET", `/api/projects/${id}`)).body.project.status as string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, "admin", "demo-admin");
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
  anon = caller(server.url);
});
afterAll(async () => {
  await server.close();
});

describe("问题清单 API", () => {
  it("staff raise a problem; it is on its project and in the list, audited", async () => {
    const res = await staff("POST", `/api/projects/${projectId}/problems`, raise());
    expect(res.status).toBe(201);
    const { problem } = res.body;
    expect(problem).toMatchObject({
      id: `${projectId}-q4`,
      description: "临时用电手续未办结",
      ownerUnit: "区供电公司",
      ownerUnitEn: "District power-supply company",
      raisedDate: "2023-02-28",
      status: "open",
      history: [{ actor: "user:staff", action: "raise" }],
    });
    const detail = (await anon("GET", `/api/projects/${projectId}`)).body.project;
    expect(detail.problems.map((p: { id: string }) => p.id)).toContain(problem.id);
    const list = (await anon("GET", "/api/problems?state=open&unit=区供电公司")).body.problems;
    expect(list.every((p: { ownerUnit: string }) => p.ownerUnit === "区供电公司")).toBe(true);
    expect(list.find((p: { id: string }) => p.id === problem.id)).toMatchObject({
      projectId,
      projectName: "营流片区改造",
      daysOpen: 0,
      overdueDays: 0,
      escalated: false,
    });
    expect(await auditOf(`problem:${problem.id}`)).toEqual([
      { action: "problem.raise", actor: "user:staff", reason: null },
    ]);
  });

  it("resolve with a note, close: the overdue problem stops holding the light", async () => {
    const overdue = (await anon("GET", "/api/problems?state=overdue")).body.problems.find(
      (p: { projectId: string }) => p.projectId === projectId,
    );
    expect(overdue).toMatchObject({ overdueDays: 8, escalated: false, status: "open" });
    const before = (await anon("GET", `/api/projects/${projectId}`)).body.project;
    expect(before.statusExplanation.overdueProblems.map((p: { id: string }) => p.id)).toContain(
      overdue.id,
    );

    const path = `/api/problems/${overdue.id}/actions`;
    const noNote = await staff("POST", path, { action: "resolve" }, { "accept-language": "en" });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error).toMatchObject({ code: "problem_note_required" });
    expect(noNote.body.error.message).toMatch(/needs a note/);

    const resolved = await staff("POST", path, { action: "resolve", note: "居民已签约" });
    expect(resolved.status).toBe(200);
    expect(resolved.body.problem.status).toBe("awaiting_close");
    // Awaiting 销号 still counts: only closing it ends the clock.
    expect(
      (await anon("GET", `/api/projects/${projectId}`)).body.project.statusExplanation
        .overdueProblems,
    ).toContainEqual({ id: overdue.id, days: 8 });

    const closed = await staff("POST", path, { action: "close", note: "核实无误" });
    expect(closed.status).toBe(200);
    expect(closed.body.problem).toMatchObject({ status: "closed", resolvedDate: "2023-02-28" });
    expect(closed.headers.get("etag")).toBe('"v3"');
    const after = (await anon("GET", `/api/projects/${projectId}`)).body.project;
    expect(after.statusExplanation.overdueProblems).toEqual([]);
    expect((await anon("GET", "/api/problems?state=closed")).body.problems).toContainEqual(
      expect.objectContaining({ id: overdue.id, overdueDays: 0 }),
    );
    expect(await auditOf(`problem:${overdue.id}`)).toEqual([
      { action: "problem.resolve", actor: "user:staff", reason: "居民已签约" },
      { action: "problem.close", actor: "user:staff", reason: "核实无误" },
    ]);

    // Reopening needs a reason, and puts it back on the light.
    const bare = await staff("POST", path, { action: "reopen" });
    expect(bare.body.error.message).toContain("须填写说明");
    expect((await admin("POST", path, { action: "reopen", note: "问题复发" })).status).toBe(200);
    expect(await light(projectId)).toBe(before.status);
  });

  it("refuses a step the problem's status does not allow, and who may not act", async () => {
    const [open] = (await anon("GET", `/api/problems?state=open&unit=区城市管理局`)).body.problems;
    const path = `/api/problems/${open.id}/actions`;
    const early = await staff("POST", path, { action: "close" });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe("该问题当前为“办理中”，不能“销号”。");
    const asLeader = await leader("POST", path, { action: "resolve", note: "x" });
    expect(asLeader.status).toBe(403);
    expect(asLeader.body.error.code).toBe("problem_not_permitted");
    expect((await anon("POST", path, { action: "resolve", note: "x" })).status).toBe(401);
    expect((await leader("POST", `/api/projects/${projectId}/problems`, raise())).status).toBe(403);
    const missing = await staff("POST", "/api/problems/no-such-problem/actions", {
      action: "close",
    });
    expect(missing.status).toBe(404);
    const stale = await staff(
      "POST",
      path,
      { action: "resolve", note: "x" },
      { "if-match": '"v9"' },
    );
    expect(stale.status).toBe(412);
    const past = await staff(
      "POST",
      `/api/projects/${projectId}/problems`,
      raise({ dueDate: "2023-01-01" }),
    );
    expect(past.status).toBe(400);
    expect(past.body.error.code).toBe("due_before_raised");
  });

  it("a responsible unit applies to close its own project's problem, and nothing more", async () => {
    const unit = await signIn(server.url, "unit", "demo-unit"); // 区工业和信息化局
    const own = "dayi-jingcheng-pharmaceutical";
    const foreign = "liandong-u-valley-chaohai";
    const mine = (await staff("POST", `/api/projects/${own}/problems`, raise())).body.problem;
    const theirs = (await staff("POST", `/api/projects/${foreign}/problems`, raise())).body.problem;
    const act = (id: string, action: string) =>
      unit("POST", `/api/problems/${id}/actions`, { action, note: "已办结" });

    const applied = await act(mine.id, "resolve");
    expect(applied.status).toBe(200);
    expect(applied.body.problem.status).toBe("awaiting_close");
    // 销号 is the staff's; another unit's problem is not this unit's to touch.
    const closing = await act(mine.id, "close");
    expect(closing.status).toBe(403);
    expect(closing.body.error.message).toBeTruthy();
    expect((await act(theirs.id, "resolve")).status).toBe(403);
    expect((await unit("POST", `/api/projects/${own}/problems`, raise())).status).toBe(403);
  });

  it("honours Idempotency-Key: a retried raise makes one problem", async () => {
    const headers = { "idempotency-key": "raise-once-1" };
    const body = raise({ title: "重复提交测试" });
    const first = await staff("POST", `/api/projects/${projectId}/problems`, body, headers);
    const again = await staff("POST", `/api/projects/${projectId}/problems`, body, headers);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.problem.id).toBe(first.body.problem.id);
    const detail = (await anon("GET", `/api/projects/${projectId}`)).body.project;
    expect(
      detail.problems.filter((p: { description: string }) => p.description === "重复提交测试"),
    ).toHaveLength(1);
  });

  it("lists escalated (督办) problems: overdue by more than the status rule", async () => {
    const { problems, escalateProblemAfterDays } = (
      await anon("GET", "/api/problems?state=escalated")
    ).body;
    expect(escalateProblemAfterDays).toBe(15);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.overdueDays).toBeGreaterThan(15);
    expect((await anon("GET", "/api/problems?state=stale")).status).toBe(400);
  });
});

describe("milestone replan API", () => {
  it("moves the plan with a reason, keeps the original and audits it", async () => {
    const project = (await anon("GET", `/api/projects/${projectId}`)).body.project;
    const m = project.milestones.find((x: { actualDate: string | null }) => !x.actualDate);
    const path = `/api/projects/${projectId}/milestones/${m.id}/replan`;
    const noReason = await staff("POST", path, { plannedDate: "2023-12-31" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toBe("调整节点计划须填写理由。");
    const res = await staff("POST", path, { plannedDate: "2023-12-31", reason: "拆迁进度调整" });
    expect(res.status).toBe(200);
    expect(res.body.milestone).toMatchObject({
      plannedDate: "2023-12-31",
      originalPlannedDate: m.plannedDate,
    });
    const again = (await anon("GET", `/api/projects/${projectId}`)).body.project.milestones.find(
      (x: { id: string }) => x.id === m.id,
    );
    expect(again.originalPlannedDate).toBe(m.plannedDate);
    expect(await auditOf(`milestone:${projectId}/${m.id}`)).toEqual([
      { action: "milestone.replan", actor: "user:staff", reason: "拆迁进度调整" },
    ]);
    expect((await leader("POST", path, { plannedDate: "2024-01-31", reason: "x" })).status).toBe(
      403,
    );
  });
});

describe("live push", () => {
  it("tells open pages within a second that a problem changed, so their lights refetch", async () => {
    const res = await fetch(`${server.url}/api/live`);
    const reader = (res.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let seen = "";
    const waitFor = async (pattern: RegExp) => {
      const deadline = Date.now() + 1000;
      while (!pattern.test(seen)) {
        if (Date.now() > deadline) throw new Error(`no ${pattern} within a second`);
        const { value } = await reader.read();
        seen += decoder.decode(value, { stream: true });
      }
    };
    await waitFor(/event: ready/);
    const raised = await staff("POST", `/api/projects/${projectId}/problems`, raise());
    expect(raised.status).toBe(201);
    await waitFor(/event: change\ndata: \{"type":"projects"\}/);
    await reader.cancel();
  });
});
