import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Change } from "./live/change-feed";
import type { Store } from "./store/sql";
import { type Caller, readNow, signIn, startTestServer } from "./test-server";

/**
 * A page told of a change refetches at once, possibly through another connection (another node):
 * the change must already be committed when it is told. Each write's audit record is part of its
 * transaction, so a second connection counting audit records at the moment of the announcement
 * sees whether the write had committed.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let unit: Caller;
let other: Store;
let seen: { change: Change; auditRecords: Promise<number> }[] = [];
let unsubscribe: () => void;

const auditRecords = async () => {
  const count = other.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n"));
  return Number((await readNow(other, count))[0]?.n);
};

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  unit = await signIn(server.url, "unit", "demo-unit");
  other = await server.secondStore();
  unsubscribe = server.services.feed.subscribe((change) => {
    if (change.type !== "access") seen.push({ change, auditRecords: auditRecords() });
  });
});
afterAll(async () => {
  unsubscribe();
  await server.close();
});

/** Runs a write and answers what was announced, with the audit records another connection saw. */
async function announced(write: () => Promise<{ status: number }>, ok: number) {
  seen = [];
  const before = await auditRecords();
  expect((await write()).status).toBe(ok);
  expect(await auditRecords()).toBeGreaterThan(before);
  expect(seen.length).toBeGreaterThan(0);
  const announced = await Promise.all(
    seen.map(async (s) => ({ change: s.change, auditRecords: await s.auditRecords })),
  );
  return { seen: announced, before, after: await auditRecords() };
}

describe("live changes of the ten-day tracking loop", () => {
  const own = "dayi-jingcheng-pharmaceutical";
  const period = "2023-03-1";

  it("are announced only once the round, the report and its review are committed", async () => {
    const steps = [
      () => staff("POST", "/api/rounds", { period, deadline: "2023-03-13" }),
      () =>
        unit("PUT", `/api/projects/${own}/reports/${period}`, {
          investment: 0.12,
          progress: 63.5,
          note: "设备基础施工",
        }),
      () => staff("POST", `/api/projects/${own}/reports/${period}/review`, { decision: "accept" }),
    ];
    for (const [i, step] of steps.entries()) {
      const { seen, after } = await announced(step, i === 0 ? 201 : i === 1 ? 201 : 200);
      expect(seen.map((s) => s.change.type)).toEqual(["reports"]);
      expect(seen.map((s) => s.auditRecords)).toEqual([after]);
    }
  });

  it("are announced only once a raised problem and an added milestone are committed", async () => {
    const project = "yingliu-area-renewal";
    const version = async () => (await staff("GET", `/api/projects/${project}`)).body.version;
    const steps: [() => Promise<{ status: number }>, number][] = [
      [
        () =>
          staff("POST", `/api/projects/${project}/problems`, {
            title: "临时用电手续未办结",
            type: "utilities",
            unit: "区供电公司",
            dueDate: "2023-03-20",
          }),
        201,
      ],
      [
        async () =>
          staff(
            "POST",
            `/api/projects/${project}/milestones`,
            { name: "二期开工", plannedDate: "2024-04-01" },
            { "if-match": `"v${await version()}"` },
          ),
        201,
      ],
    ];
    for (const [step, ok] of steps) {
      const { seen, after } = await announced(step, ok);
      expect(seen.map((s) => s.change.type)).toEqual(["projects"]);
      expect(seen.map((s) => s.auditRecords)).toEqual([after]);
    }
  });
});
