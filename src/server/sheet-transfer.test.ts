import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Caller, caller, signIn, startTestServer } from "./test-server";
import { zipOf } from "./transfer/test-zip";

const eventId = "demo-entry-practice";
const header =
  "evaluatorId,projectId,项目建设进度 (30),投资完成情况 (20),科技含量与产业带动 (20),现场管理与安全文明 (15),综合效益 (15),满意度,备注";

let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let admin: Caller;
let anon: Caller;
let projects: string[];
// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
let existing: any;

const sheets = async () =>
  (await anon("GET", `/api/events/${eventId}/sheets`)).body.sheets as {
    evaluatorId: string;
    projectId: string;
    version: number;
    scores: Record<string, number>;
    comment?: string;
  }[];
const auditCount = async () =>
  (await admin("GET", `/api/events/${eventId}/audit?limit=1000`)).body.records.length as number;
const free = async (evaluatorId: string) => {
  const taken = new Set(
    (await sheets()).filter((s) => s.evaluatorId === evaluatorId).map((s) => s.projectId),
  );
  return projects.filter((p) => !taken.has(p));
};

async function upload(
  csv: string | Uint8Array<ArrayBuffer>,
  opts: { query?: string; reason?: string; name?: string; lang?: string } = {},
) {
  const form = new FormData();
  form.append("file", new Blob([csv]), opts.name ?? "sheets.csv");
  if (opts.reason) form.append("reason", opts.reason);
  const res = await fetch(`${server.url}/api/events/${eventId}/import${opts.query ?? ""}`, {
    method: "POST",
    headers: { ...staff.headers, ...(opts.lang ? { "accept-language": opts.lang } : {}) },
    body: form,
  });
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  admin = await signIn(server.url, "admin", "demo-admin");
  anon = caller(server.url);
  projects = (await anon("GET", `/api/events/${eventId}`)).body.event.projectIds;
  existing = (await sheets()).find((s) => s.evaluatorId === "e51");
});
afterAll(async () => {
  await server.close();
});

describe("template", () => {
  it("is an .xlsx with header rows and one row per evaluator × project, for staff only", async () => {
    expect((await anon("GET", `/api/events/${eventId}/template.xlsx`)).status).toBe(401);
    const res = await fetch(`${server.url}/api/events/${eventId}/template.xlsx`, {
      headers: staff.headers,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("filename*=UTF-8''2023-03-10-");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(String(values(1)[0])).toContain("评分录入模板");
    expect(String(values(3)[0])).toMatch(/^数据截至: \d{4}-\d\d-\d\d \d\d:\d\d/);
    let headerRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === "evaluatorId") headerRow = n;
    });
    expect(values(headerRow)).toContain("项目建设进度 (30)");
    expect(values(headerRow)).toContain("满意度");
    expect(sheet.rowCount - headerRow).toBeGreaterThan(1000);
    expect(sheet.getRow(headerRow + 1).getCell(6).dataValidation?.type).toBe("decimal");
  });
});

describe("import", () => {
  it("dry run reports rows without storing anything", async () => {
    const [p] = await free("e50");
    const before = await sheets();
    const res = await upload(`${header}\ne50,${p},25,18,16,12,12,满意,`, { query: "?dryRun=1" });
    expect(res.status).toBe(200);
    expect(res.body.report.rows).toEqual([
      { row: 2, evaluatorId: "e50", projectId: p, status: "new", reasons: [] },
    ]);
    expect(await sheets()).toEqual(before);
  });

  it("a file with one bad row is refused whole: 422, the report, no change in store or audit", async () => {
    const [p1, p2] = await free("e52");
    const before = await sheets();
    const audit = await auditCount();
    const csv = `${header}\ne52,${p1},25,18,16,12,12,满意,\ne52,${p2},35,18,16,12,12,很好,\nnobody,${p1},1,1,1,1,1,satisfied,`;
    const res = await upload(csv);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe("sheet_invalid");
    const rows = res.body.report.rows;
    expect(rows.map((r: { row: number; status: string }) => [r.row, r.status])).toEqual([
      [2, "new"],
      [3, "rejected"],
      [4, "rejected"],
    ]);
    expect(rows[1].reasons.join()).toMatch(/超出 0–30/);
    expect(rows[1].reasons.join()).toMatch(/满意度“很好”无法识别/);
    expect(rows[2].reasons.join()).toMatch(/没有评委“nobody”/);
    expect(await sheets()).toEqual(before);
    expect(await auditCount()).toBe(audit);
    const dry = await upload(csv, { query: "?dryRun=1" });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ acceptable: false, report: { counts: { rejected: 2 } } });
  });

  it("reports in English when asked", async () => {
    const res = await upload(`${header}\ne52,nowhere,1,1,1,1,1,Basically satisfied,`, {
      lang: "en",
    });
    expect(res.status).toBe(422);
    expect(res.body.report.rows[0].reasons.join()).toBe('project "nowhere" is not in this event');
  });

  it("stores good rows with audit records; changes need a reason", async () => {
    const [p1, p2] = await free("e53");
    const audit = await auditCount();
    const good = `${header}\ne53,${p1},25,18,16,12,12,满意,"=cmd|' /C calc'!A0"\ne53,${p2},20.5,15,14,10,10,basically satisfied,`;
    const res = await upload(good);
    expect(res.status).toBe(200);
    expect(res.body.stored).toBe(2);
    expect(await auditCount()).toBe(audit + 2);

    const s = existing;
    const change = `${header}\n${s.evaluatorId},${s.projectId},0,0,0,0,0,不满意,`;
    const refused = await upload(change);
    expect(refused.status).toBe(422);
    expect(refused.body.report.rows[0].reasons.join()).toMatch(/修改理由/);
    const dry = await upload(change, { query: "?dryRun=1" });
    expect(dry.status).toBe(200);
    expect(dry.body.report).toMatchObject({ needsReason: true, counts: { changed: 1 } });
    const done = await upload(change, { reason: "纸质表核对后更正" });
    expect(done.status).toBe(200);
    const after = (await sheets()).find(
      (x) => x.evaluatorId === s.evaluatorId && x.projectId === s.projectId,
    );
    expect(after?.version).toBe(s.version + 1);
    const again = await upload(change, { reason: "x" });
    expect(again.body).toMatchObject({ stored: 0, report: { counts: { unchanged: 1 } } });
  });

  it("reads the template back: the untouched template imports as unchanged rows", async () => {
    const res = await fetch(`${server.url}/api/events/${eventId}/template.xlsx`, {
      headers: staff.headers,
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const back = await upload(bytes, { name: "template.xlsx" });
    expect(back.status).toBe(200);
    expect(back.body.report.counts).toMatchObject({ new: 0, changed: 0, rejected: 0 });
    expect(back.body.report.counts.unchanged).toBeGreaterThan(500);
  });

  it("refuses a published event and a missing file", async () => {
    const noFile = await fetch(`${server.url}/api/events/${eventId}/import`, {
      method: "POST",
      headers: staff.headers,
      body: new FormData(),
    });
    expect(noFile.status).toBe(400);
    const form = new FormData();
    form.append("file", new Blob([header]), "x.csv");
    const published = await fetch(`${server.url}/api/events/2023-02-24-inspection/import`, {
      method: "POST",
      headers: staff.headers,
      body: form,
    });
    expect(published.status).toBe(409);
  });
});

describe("exports", () => {
  it("CSV is UTF-8 with a BOM, header rows, and neutralised formulas", async () => {
    const res = await fetch(`${server.url}/api/events/${eventId}/sheets.csv?cat=manufacturing`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("筛选: 类别: 制造业");
    expect(text).toMatch(/数据截至: \d{4}-/);
    expect(text).toContain("示意数据");
    expect(text).toContain(",'=cmd|' /C calc'!A0,");
    expect(text).not.toMatch(/,=cmd/);
  });

  it("results .xlsx ranks per category, filtered, in English when asked", async () => {
    const res = await fetch(
      `${server.url}/api/events/${eventId}/results.xlsx?cat=urban_renewal&lang=en`,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("results.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await res.arrayBuffer());
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(String(rows[2][0])).toBe("Filters: Category: Urban renewal");
    const headerAt = rows.findIndex((r) => r[0] === "Category");
    expect(rows[headerAt]).toContain("Composite score");
    const data = rows.slice(headerAt + 1);
    expect(data).toHaveLength(2);
    expect(data.map((r) => r[1])).toEqual([1, 2]);
  });

  it("results name the rate for what it counts, with the share of 满意 and every vote count", async () => {
    const res = await fetch(`${server.url}/api/events/2023-02-24-inspection/results.csv`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).not.toContain("满意率");
    const lines = text.split(/\r?\n/);
    const header = lines.find((l) => l.startsWith("类别,"))?.split(",") ?? [];
    expect(header).toEqual(
      expect.arrayContaining([
        "基础得分",
        "满意及基本满意(%)",
        "满意票占比(%)",
        "满意(票)",
        "基本满意(票)",
        "不满意(票)",
      ]),
    );
    // The seed's first manufacturing project: 52 满意 of 72 votes.
    const first = lines[lines.indexOf(header.join(",")) + 1].split(",");
    expect(first[header.indexOf("满意票占比(%)")]).toBe("72.22");
  });

  it("results.csv answers unknown events with 404", async () => {
    expect((await anon("GET", "/api/events/nope/results.csv")).status).toBe(404);
  });
});

describe("files that cannot be imported are explained in our own words", () => {
  const englishLibraryText = /zip|end of data|corrupt|invalid|unexpected|signature|Error/i;

  it("a file without the template's header row names the missing headers", async () => {
    const res = await upload("张三,联东U谷,25,18\n李四,汽车产业新城,20,15\n");
    expect(res.status).toBe(422);
    expect(res.body.error.message).not.toMatch(/0 行/);
    expect(res.body.error.message).toMatch(/“evaluatorId”、“projectId”、“项目建设进度”/);
    expect(res.body.report.fileErrors).toHaveLength(1);
    const en = await upload("a,b\n", { lang: "en", query: "?dryRun=1" });
    expect(en.body.report.fileErrors[0]).toMatch(/"evaluatorId", "projectId", "Construction/);
  });

  it("a header row lacking some columns names each of them and its row", async () => {
    const res = await upload(
      "说明\nevaluatorId,projectId,项目建设进度 (30),投资完成情况 (20),满意度\ne50,x,1,1,满意\n",
      { query: "?dryRun=1" },
    );
    expect(res.body.report.fileErrors).toEqual([
      "表头行（第 2 行）缺少“科技含量与产业带动”列",
      "表头行（第 2 行）缺少“现场管理与安全文明”列",
      "表头行（第 2 行）缺少“综合效益”列",
    ]);
    const stored = await upload("projectId,满意度\nx,满意\n");
    expect(stored.status).toBe(422);
    expect(stored.body.error.message).toMatch(/^评分表有误：表头行（第 1 行）缺少“evaluatorId”列/);
  });

  it("a truncated .xlsx is called damaged, in the reader's language", async () => {
    const res = await fetch(`${server.url}/api/events/${eventId}/template.xlsx`, {
      headers: staff.headers,
    });
    const whole = new Uint8Array(await res.arrayBuffer());
    const cut = whole.slice(0, Math.floor(whole.length * 0.6));
    const zh = await upload(cut, { name: "评分.xlsx" });
    expect(zh.status).toBe(400);
    expect(zh.body.error.code).toBe("import_file_unreadable");
    expect(zh.body.error.message).toMatch(/^无法读取文件“评分\.xlsx”：文件已损坏或不完整/);
    const en = await upload(cut, { name: "scores.xlsx", lang: "en" });
    expect(en.body.error.message).toMatch(
      /^Cannot read the file "scores\.xlsx": the file is damaged/,
    );
    // A scrambled middle: the archive's directory is intact, a part is not.
    const scrambled = whole.slice();
    scrambled.fill(0x41, 200, 2000);
    const bad = await upload(scrambled, { name: "x.xlsx", lang: "en" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message.replace("x.xlsx", "")).not.toMatch(/zip|signature|Error/);
  });

  it("an .xlsx that unpacks beyond the cap is refused before parsing", async () => {
    const bomb = zipOf([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(64 * 1024 * 1024, 0x20), declare: 1 },
    ]);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const started = Date.now();
    const res = await upload(new Uint8Array(bomb), { name: "bomb.xlsx" });
    expect(Date.now() - started).toBeLessThan(2500);
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("import_file_too_large");
    expect(res.body.error.message).toMatch(/解压后超过 20 MB/);
  });

  it("more rows than the cap are refused, CSV and .xlsx alike", async () => {
    const csv = `${header}\n${"e50,x,1,1,1,1,1,满意,\n".repeat(20_001)}`;
    const res = await upload(csv, { lang: "en" });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/more than 20000 rows/);
    const rows = Array.from({ length: 20_001 }, (_, i) => `<row r="${i + 1}"></row>`).join("");
    const xlsx = zipOf([
      { name: "xl/worksheets/sheet1.xml", data: Buffer.from(`<worksheet>${rows}</worksheet>`) },
    ]);
    const big = await upload(new Uint8Array(xlsx), { name: "big.xlsx" });
    expect(big.status).toBe(413);
    expect(big.body.error.message).toMatch(/超过 20000 行/);
  });

  it("a CSV saved by a Chinese Excel (GB 18030, not UTF-8) is read", async () => {
    const [p] = await free("e50");
    const gbk = (hex: string) => Buffer.from(hex, "hex");
    const csv = Buffer.concat([
      Buffer.from("evaluatorId,projectId,progress,investment,technology,site_management,benefit,"),
      gbk("c2fad2e2b6c8"), // 满意度
      Buffer.from(`\r\ne50,${p},25,18,16,12,12,`),
      gbk("c2fad2e2"), // 满意
      Buffer.from("\r\n"),
    ]);
    const res = await upload(new Uint8Array(csv), { query: "?dryRun=1" });
    expect(res.body.report).toMatchObject({ fileErrors: [], counts: { new: 1, rejected: 0 } });
  });

  it("an old .xls or password-protected file is named as such", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const res = await upload(ole, { name: "old.xls" });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/旧版 \.xls 文件或设有密码保护/);
  });

  it("a broken form gets our message, not the parser's", async () => {
    const res = await fetch(`${server.url}/api/events/${eventId}/import?lang=en`, {
      method: "POST",
      headers: { ...staff.headers, "content-type": "multipart/form-data; boundary=zzz" },
      body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc',
    });
    // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
    const body = (await res.json()) as any;
    expect(res.status).toBe(400);
    expect(body.error.code).toBe("invalid_form");
    expect(body.error.message).not.toMatch(englishLibraryText);
  });
});
