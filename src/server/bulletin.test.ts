import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatScore } from "../domain/formats";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

const eventId = "2023-02-24-inspection";
let server: Awaited<ReturnType<typeof startTestServer>>;
let staff: Caller;
let leader: Caller;
let anon: Caller;

/** The text of a .docx, read back from its main part: what Word would show, paragraph by paragraph. */
async function docxText(buffer: ArrayBuffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  return xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<w:tab\/>/g, "\t")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

beforeAll(async () => {
  server = await startTestServer();
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
  anon = caller(server.url);
});
afterAll(async () => {
  await server.close();
});

describe("the inspection bulletin", () => {
  it("is for staff, leaders and admins, and says why to others", async () => {
    const res = await anon("GET", `/api/events/${eventId}/bulletin`);
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBeTruthy();
    expect((await leader("GET", `/api/events/${eventId}/bulletin`)).status).toBe(200);
    expect((await staff("GET", "/api/events/no-such-event/bulletin")).status).toBe(404);
  });

  it("opens as a Word document with the same ranking and scores as the results", async () => {
    const results = (await staff("GET", `/api/events/${eventId}/results`)).body.results as {
      projectId: string;
      score: number;
      rank: number;
    }[];
    const projects = new Map(
      ((await staff("GET", "/api/projects")).body.projects as { id: string; name: string }[]).map(
        (p) => [p.id, p.name],
      ),
    );
    const res = await fetch(`${server.url}/api/events/${eventId}/bulletin.docx`, {
      headers: staff.headers,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("wordprocessingml");
    expect(res.headers.get("content-disposition")).toContain("filename*=UTF-8''2023-02-24-");
    const text = await docxText(await res.arrayBuffer());
    expect(text).toContain("关于全区重点项目现场观摩会评议情况的通报");
    for (const r of results) {
      // The table row: rank, name, score, each in its own cell, in that order.
      const name = projects.get(r.projectId) ?? "";
      expect(text, name).toContain(`${r.rank}\n${name}\n${formatScore(r.score)}\n`);
    }
    expect(text).toContain("示意数据");
  });

  it("says the same in the JSON the print page draws as in the Word file", async () => {
    const { bulletin } = (await staff("GET", `/api/events/${eventId}/bulletin?lang=en`)).body;
    const res = await fetch(`${server.url}/api/events/${eventId}/bulletin.docx?lang=en`, {
      headers: staff.headers,
    });
    const text = await docxText(await res.arrayBuffer());
    for (const section of bulletin.sections as { heading: string; paragraphs: string[] }[]) {
      expect(text).toContain(section.heading);
      for (const p of section.paragraphs) expect(text).toContain(p);
    }
  });

  it("after a dispatch meeting, opens as a Word document naming the projects behind with their reasons", async () => {
    const agenda = (await leader("GET", "/api/dispatch/2023-02-3")).body;
    const res = await fetch(`${server.url}/api/dispatch/2023-02-3/bulletin.docx`, {
      headers: leader.headers,
    });
    expect(res.status).toBe(200);
    const text = await docxText(await res.arrayBuffer());
    expect(text).toContain("关于2023年2月下旬重点项目推进情况的通报");
    for (const p of agenda.projects as { name: string; reason: { zh: string } }[]) {
      expect(text).toContain(`${p.name}\n`);
      expect(text).toContain(p.reason.zh);
    }
    expect((await anon("GET", "/api/dispatch/2023-02-3/bulletin")).status).toBe(401);
    const unknown = await leader("GET", "/api/dispatch/2031-01-1/bulletin");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/2031-01-1/);
  });
});
