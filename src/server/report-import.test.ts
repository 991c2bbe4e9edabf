import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

/**
 * The 旬报 sheet staff send to units and import back, through the real server: the template for a
 * round, a row-by-row report for a dry run, and all rows stored — accepted at once — or none.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let unit: Caller;
let anon: Caller;
const period = "2023-03-1";

async function template(lang = "zh") {
  const res = await fetch(`${server.url}/api/rounds/${period}/template.xlsx?lang=${lang}`, {
    headers: staff.headers,
  });
  expect(res.status).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  return { res, workbook, sheet: workbook.worksheets[0] as ExcelJS.Worksheet };
}
const headerRowOf = (sheet: ExcelJS.Worksheet) => {
  let at = 0;
  sheet.eachRow((row, n) => {
    if (row.getCell(1).value === "projectId") at = n;
  });
  return at;
};
/** The template's row for a project, by id. */
const rowOf = (sheet: ExcelJS.Worksheet, id: string) => {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (!found && row.getCell(1).value === id) found = row;
  });
  if (!found) throw new Error(`no row for ${id}`);
  return found;
};

async function upload(
  body: Uint8Array | string,
  opts: { dryRun?: boolean; lang?: string; name?: string; who?: Caller } = {},
) {
  const form = new FormData();
  form.append("file", new Blob([body as BlobPart]), opts.name ?? "reports.xlsx");
  const query = opts.dryRun ? "?dryRun=1" : "";
  const res = await fetch(`${server.url}/api/rounds/${period}/import${query}`, {
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
const progressOf = async (id: string) =>
  (await anon("GET", `/api/projects/${id}`)).body.project.progress as number;

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  unit = await signIn(server.url, "unit", "demo-unit");
  anon = caller(server.url);
});
afterAll(async () => {
  await server.close();
});

describe("the 旬报 template", () => {
  it("is for staff, and only for a round that exists", async () => {
    expect((await anon("GET", `/api/rounds/${period}/template.xlsx`)).status).toBe(401);
    expect((await unit("GET", `/api/rounds/${period}/template.xlsx`)).status).toBe(403);
    const missing = await staff("GET", `/api/rounds/${period}/template.xlsx`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain("2023年3月上旬");
    expect((await staff("POST", "/api/rounds", { period, deadline: "2023-03-13" })).status).toBe(
      201,
    );
  });

  it("lists every project with its unit and last progress, cells to fill empty, under a note", async () => {
    const { res, sheet } = await template();
    expect(res.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    expect(String(sheet.getRow(1).getCell(1).value)).toContain("2023年3月上旬旬报填报表");
    expect(String(sheet.getRow(2).getCell(1).value)).toContain("2023年3月13日");
    const header = headerRowOf(sheet);
    expect((sheet.getRow(header).values as unknown[]).slice(1)).toEqual([
      "projectId",
      "项目名称",
      "责任单位",
      "上次形象进度（%）",
      "累计完成投资（万元）",
      "本旬完成投资（万元）",
      "形象进度（%）",
      "进展情况",
      "理由",
      "超出总投资（是/否）",
    ]);
    expect(sheet.rowCount - header).toBe(18);
    const chery = rowOf(sheet, "chery-qingdao-base");
    expect(chery.getCell(3).value).toBe("区工业和信息化局");
    expect(chery.getCell(4).value).toBe(69.8);
    expect(chery.getCell(6).value || null).toBeNull();
    const en = await template("en");
    expect(rowOf(en.sheet, "chery-qingdao-base").getCell(3).value).toBe(
      "District Bureau of Industry and Information Technology",
    );
  });
});

describe("importing a filled 旬报 sheet", () => {
  const fill = (sheet: ExcelJS.Worksheet, id: string, cells: (string | number)[]) => {
    const row = rowOf(sheet, id);
    cells.forEach((v, i) => {
      row.getCell(6 + i).value = v;
    });
  };

  it("refuses bad rows with their row number and reason, and stores nothing", async () => {
    const { workbook, sheet } = await template();
    fill(sheet, "chery-qingdao-base", [1200, 70.5, "总装车间设备调试"]);
    fill(sheet, "dayi-jingcheng-pharmaceutical", ["１５００万元", "62%", "洁净车间装修"]);
    fill(sheet, "tsingtao-brewery-rd-base", ["十二", 51, "主体施工"]);
    fill(sheet, "hanhe-cable-marine-engineering-base", [800, 60, "进度回调"]);
    rowOf(sheet, "liandong-u-valley-chaohai").getCell(3).value = "区不存在局";
    fill(sheet, "liandong-u-valley-chaohai", [100, 71, "厂房施工"]);
    const extra = sheet.addRow(["", "不存在的项目", "", "", "", 10, 20, "x"]);
    const twice = sheet.addRow(["chery-qingdao-base", "", "", "", "", 100, 71, "又一行"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const before = await progressOf("chery-qingdao-base");

    const dry = await upload(bytes, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, acceptable: false, stored: 0 });
    const rejected = dry.body.report.rows.filter(
      (r: { status: string }) => r.status === "rejected",
    );
    const byRow = new Map(rejected.map((r: { row: number; reasons: string[] }) => [r.row, r]));
    const reasonsAt = (row: number) =>
      ((byRow.get(row) as { reasons: string[] } | undefined)?.reasons ?? []).join(" ");
    expect(reasonsAt(rowOf(sheet, "tsingtao-brewery-rd-base").number)).toContain(
      "“本旬完成投资（万元）”（十二）：请输入数字",
    );
    expect(reasonsAt(rowOf(sheet, "hanhe-cable-marine-engineering-base").number)).toContain(
      "低于上次采纳的 66.5%",
    );
    expect(reasonsAt(rowOf(sheet, "liandong-u-valley-chaohai").number)).toContain(
      "没有责任单位“区不存在局”",
    );
    expect(reasonsAt(extra.number)).toContain("没有项目“不存在的项目”");
    expect(reasonsAt(twice.number)).toContain(
      `与第 ${rowOf(sheet, "chery-qingdao-base").number} 行是同一项目`,
    );
    expect(dry.body.report.counts).toEqual({ new: 2, changed: 0, rejected: 5 });
    expect(dry.body.report.blankRows).toBe(13);

    const refused = await upload(bytes);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("report_import_invalid");
    expect(refused.body.error.message).toContain("5 行被拒绝，未导入任何数据");
    expect(await progressOf("chery-qingdao-base")).toBe(before);
    const round = (await staff("GET", `/api/rounds/${period}/reports`)).body;
    expect(round.counts.accepted).toBe(0);
  });

  it("stores every row, accepted at once, once the sheet is right", async () => {
    const { workbook, sheet } = await template();
    fill(sheet, "chery-qingdao-base", [1200, 70.5, "总装车间设备调试"]);
    fill(sheet, "dayi-jingcheng-pharmaceutical", ["１５００万元", "62%", "洁净车间装修"]);
    fill(sheet, "tsingtao-brewery-rd-base", ["0.012亿元", 51, "主体施工"]);
    fill(sheet, "hanhe-cable-marine-engineering-base", [800, 60, "进度回调", "设计变更，重新核定"]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const dry = await upload(bytes, { dryRun: true });
    expect(dry.body).toMatchObject({ acceptable: true, stored: 0 });
    const done = await upload(bytes);
    expect(done.status).toBe(200);
    expect(done.body.stored).toBe(4);
    expect(await progressOf("chery-qingdao-base")).toBe(70.5);
    expect(await progressOf("hanhe-cable-marine-engineering-base")).toBe(60);
    const brewery = (await anon("GET", "/api/projects/tsingtao-brewery-rd-base")).body.project;
    expect(brewery.reports.at(-1)).toMatchObject({
      period,
      completedInvestment: 0.012,
      state: "accepted",
      submittedBy: "user:staff",
    });
    const round = (await staff("GET", `/api/rounds/${period}/reports`)).body;
    expect(round.counts.accepted).toBe(4);
    const chery = round.reports.find(
      (r: { projectId: string }) => r.projectId === "chery-qingdao-base",
    );
    expect(chery.lastAccepted).toMatchObject({ period: "2023-02-3", progress: 69.8 });
  });

  it("takes 超概算 said in its column, and never overwrites a unit's report waiting for review", async () => {
    const sent = await unit(
      "PUT",
      `/api/projects/impulse-sports-industrial-park/reports/${period}`,
      {
        investment: 0.01,
        progress: 69,
        note: "单位报送",
      },
    );
    expect(sent.status).toBe(201);
    const { workbook, sheet } = await template();
    fill(sheet, "impulse-sports-industrial-park", [100, 70, "覆盖"]);
    fill(sheet, "mhi-haier-air-conditioner-phase-3", [500, 100, "尾款结算", "", "是"]);
    fill(sheet, "jifa-100k-spindle-spinning", [5000, 100, "尾款结算", "", "也许"]);
    const dry = await upload(new Uint8Array(await workbook.xlsx.writeBuffer()), { dryRun: true });
    const at = (id: string) =>
      dry.body.report.rows.find((r: { projectId: string }) => r.projectId === id);
    expect(at("impulse-sports-industrial-park")).toMatchObject({
      status: "rejected",
      reasons: [expect.stringContaining("正待审核")],
    });
    expect(at("mhi-haier-air-conditioner-phase-3")).toMatchObject({ status: "new", reasons: [] });
    expect(at("jifa-100k-spindle-spinning").reasons).toEqual([
      "“超出总投资（是/否）”应填“是”或“否”，而不是“也许”",
      expect.stringContaining("超过总投资"),
    ]);
  });

  it("reads a CSV with English headers, and answers in English", async () => {
    const csv = [
      "projectId,Project,Responsible unit,Investment this period (10k CNY),Progress (%),Progress note",
      "chery-qingdao-base,,District Bureau of Industry and Information Technology,100,71,again",
      "metro-line-7-phase-2,,District Commerce Bureau,100,38,tunnel",
    ].join("\n");
    const dry = await upload(csv, { dryRun: true, lang: "en", name: "reports.csv" });
    expect(dry.body.report.counts).toEqual({ new: 0, changed: 1, rejected: 1 });
    expect(dry.body.report.rows[1]).toMatchObject({
      row: 3,
      status: "rejected",
      reasons: [
        "project “Metro Line 7 Phase 2” belongs to “District Transport Bureau”, not “District Commerce Bureau”",
      ],
    });
    const noHeader = await upload("a,b\n1,2", { lang: "en", name: "x.csv" });
    expect(noHeader.status).toBe(422);
    expect(noHeader.body.report.fileErrors[0]).toContain("header row is missing");
  });

  it("is for staff only, and only while the round is open", async () => {
    expect((await upload("x", { who: unit })).status).toBe(403);
    const closed = await fetch(`${server.url}/api/rounds/2023-02-3/import`, {
      method: "POST",
      headers: staff.headers,
      body: new FormData(),
    });
    expect(closed.status).toBe(409);
  });
});
