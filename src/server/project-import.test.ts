import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

/**
 * The year's key-project list as a 发改 office keeps it, through the real server: the template, a
 * row-by-row dry run, all rows stored or none, and a re-import that updates rather than duplicates.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let leader: Caller;
let anon: Caller;

const header = [
  "项目名称",
  "类别",
  "建设主体",
  "责任单位",
  "包联领导",
  "总投资（亿元）",
  "年度计划投资（亿元）",
  "开工时间",
  "竣工时间",
  "所在街道",
];
type Cell = string | number | Date;
const row = (name: string, over: Partial<Record<number, Cell>> = {}): Cell[] => {
  const cells: Cell[] = [
    name,
    "制造业",
    "青岛某某科技有限公司",
    "区工业和信息化局",
    "张三",
    12.5,
    "3500万元",
    new Date(Date.UTC(2023, 2, 1)),
    "2025年6月",
    "潮海街道",
  ];
  for (const [i, v] of Object.entries(over)) cells[Number(i)] = v as Cell;
  return cells;
};

async function workbook(rows: Cell[][], preamble = ["2024年重点项目清单"]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("清单");
  for (const line of preamble) sheet.addRow([line]);
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function upload(
  body: Uint8Array | string,
  opts: { dryRun?: boolean; lang?: string; year?: number; who?: Caller; name?: string } = {},
) {
  const form = new FormData();
  form.append("file", new Blob([body as BlobPart]), opts.name ?? "list.xlsx");
  const query = new URLSearchParams({
    year: String(opts.year ?? 2024),
    ...(opts.dryRun ? { dryRun: "1" } : {}),
  });
  const res = await fetch(`${server.url}/api/projects/import?${query}`, {
    method: "POST",
    headers: {
      ...(opts.who ?? staff).headers,
      ...(opts.lang ? { "accept-language": opts.lang } : {}),
    },
    body: form,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
  return { status: res.status, body: (await res.json()) as any };
}
const listed = async () =>
  (await anon("GET", "/api/projects")).body.projects as { id: string; name: string }[];

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
  anon = caller(server.url);
});
afterAll(async () => {
  await server.close();
});

describe("the project-list template", () => {
  it("is for staff, and has the office's columns and a note on what the app fills in", async () => {
    expect((await anon("GET", "/api/projects/import-template.xlsx")).status).toBe(401);
    expect((await leader("GET", "/api/projects/import-template.xlsx")).status).toBe(403);
    const res = await fetch(`${server.url}/api/projects/import-template.xlsx?year=2024`, {
      headers: staff.headers,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("2024年"));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.worksheets[0] as ExcelJS.Worksheet;
    const texts: string[] = [];
    sheet.eachRow((r) => {
      texts.push((r.values as unknown[]).filter(Boolean).join("|"));
    });
    expect(texts.some((t) => t.includes("位置近似"))).toBe(true);
    expect(texts).toContain(header.join("|"));
  });
});

describe("importing the list", () => {
  it("reports row by row, refusing a bad cell with its reason, and stores nothing", async () => {
    const before = (await listed()).length;
    const file = await workbook([
      row("即墨新能源装备产业园"),
      row("即墨海洋科技城", { 1: "新基建", 5: "很多" }),
      row("即墨智慧物流园", { 7: "明年春天" }),
    ]);
    const dry = await upload(file, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.acceptable).toBe(false);
    const [ok, bad, date] = dry.body.report.rows;
    expect(ok).toMatchObject({ row: 3, status: "create", reasons: [] });
    expect(ok.notes[0]).toContain("潮海街道");
    expect(bad.status).toBe("refused");
    expect(bad.reasons.join("；")).toContain("“类别”（新基建）：没有这个类别；现有类别：制造业");
    expect(bad.reasons.join("；")).toContain("“总投资（亿元）”（很多）：不是数字");
    expect(date.reasons[0]).toContain("不是日期");
    const refused = await upload(file);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("project_import_invalid");
    expect(refused.body.error.message).toContain("2 行被拒绝");
    expect((await listed()).length).toBe(before);
  });

  it("answers in English to an English reader", async () => {
    const dry = await upload(await workbook([row("X", { 1: "Roads" })]), {
      dryRun: true,
      lang: "en",
    });
    expect(dry.body.report.rows[0].reasons[0]).toContain(
      "no such category; the categories are: Manufacturing",
    );
  });

  it("stores every row in one go, each year's plan per year, and a re-import changes nothing", async () => {
    const before = (await listed()).length;
    const rows = [row("即墨新能源装备产业园"), row("　即墨海洋科技城 ", { 1: "城市更新" })];
    const stored = await upload(await workbook(rows));
    expect(stored.status).toBe(200);
    expect(stored.body.stored).toBe(2);
    const all = await listed();
    expect(all.length).toBe(before + 2);
    const created = all.find((p) => p.name === "即墨海洋科技城") as { id: string };
    const { project } = (await anon("GET", `/api/projects/${created.id}`)).body;
    expect(project).toMatchObject({
      category: "urban_renewal",
      totalInvestment: 12.5,
      startDate: "2023-03-01",
      plannedCompletionDate: "2025-06-01",
      nameEn: "即墨海洋科技城",
      streetEn: "Chaohai Sub-district",
      provenance: { locationApproximate: true },
    });
    expect(project.yearPlans).toContainEqual({ year: 2024, planInvestment: 0.35 });
    // 2024 is not the year 数据截至 falls in: the current plan is not the 2024 one.
    expect(project.yearPlanInvestment).toBe(0);

    const again = await upload(await workbook(rows), { dryRun: true });
    expect(again.body.report.counts).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect((await upload(await workbook(rows))).body.stored).toBe(0);
    expect((await listed()).length).toBe(before + 2);
  });

  it("updates a project matched by name, audited before → after, and the current year's plan follows", async () => {
    const seed = (await listed())[0] as { id: string; name: string };
    const file = await workbook([row(seed.name, { 6: 4.2, 4: "李四" })]);
    const dry = await upload(file, { dryRun: true, year: 2023 });
    expect(dry.body.report.rows[0]).toMatchObject({ status: "update", projectId: seed.id });
    expect(dry.body.report.rows[0].changes).toContain("包联领导");
    expect((await upload(file, { year: 2023 })).status).toBe(200);
    const { project } = (await anon("GET", `/api/projects/${seed.id}`)).body;
    expect(project.leaderInCharge).toBe("李四");
    expect(project.yearPlanInvestment).toBe(4.2);
    expect(project.yearPlans).toContainEqual({ year: 2023, planInvestment: 4.2 });
    const audit = await (await server.secondStore()).db
      .selectFrom("audit_log")
      .select(["action", "before", "after", "reason"])
      .where("subject", "=", `project:${seed.id}`)
      .orderBy("id")
      .execute();
    const entry = audit.at(-1);
    expect(entry?.action).toBe("project.update");
    expect(entry?.reason).toBe("导入2023年重点项目清单");
    expect(JSON.parse(entry?.before ?? "{}").leaderInCharge).not.toBe("李四");
    expect(JSON.parse(entry?.after ?? "{}").leaderInCharge).toBe("李四");
  });

  it("refuses a file that is not a list with a clear message", async () => {
    const notXlsx = await upload("just some text", { name: "list.txt" });
    expect(notXlsx.status).toBe(422);
    expect(notXlsx.body.error.message).toContain("找不到表头行");
    const empty = await upload(await workbook([]));
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toContain("没有任何项目");
    const wrong = new ExcelJS.Workbook();
    wrong.addWorksheet("x").addRow(["项目名称", "类别", "金额"]);
    const headers = await upload(new Uint8Array(await wrong.xlsx.writeBuffer()));
    expect(headers.body.error.message).toContain("表头缺少这些列");
    const damaged = await upload(new Uint8Array([0x50, 0x4b, 1, 2, 3]));
    expect(damaged.status).toBe(400);
    expect(damaged.body.error.code).toBe("import_file_unreadable");
  });
});
