import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeEventResults } from "../domain/event-results";
import { projectsFileSchema } from "../domain/project";
import {
  evaluatorsFileSchema,
  eventsFileSchema,
  sheetsFileSchema,
} from "../domain/scoring-schemas";
import { seedDir, startTestServer } from "./test-server";

const bulletinNames = [
  "联东U谷即墨潮海智造港项目",
  "奇瑞汽车青岛基地项目",
  "即墨综合保税区智能制造产业园项目",
  "大医精诚高端医药生产项目",
  "云路绿色能源装备制造智能制造产业园项目",
  "陆港青铁联东U谷轨道交通数智制造园项目",
  "三菱重工海尔空调机三期扩建项目",
  "光谷电磁科技项目",
  "青岛英派斯体育产业园项目",
  "新材料产业园新旧动能转换项目",
  "青岛理工智能制造科技产业园项目",
  "即发十万纱锭纺纱项目",
  "青岛啤酒研发创新基地项目",
  "汉缆海洋工程产业链基地项目",
  "田横海洋生物及装备制造产业园项目",
  "海洋之心·青岛蓝谷国际蓝色生物谷项目",
];
const renewalNames = ["营流片区改造", "地铁7号线二期"];

const read = (file: string) => JSON.parse(readFileSync(join(seedDir, file), "utf8"));

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe("GET /api/health", () => {
  it("answers ok with the store's project count", async () => {
    const res = await server.get("/api/health");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ok: true, projects: 18 });
  });

  it("says which database the store is on and that it answers", async () => {
    const res = await server.get("/api/health");
    const store = process.env.API_TESTS_STORE === "postgres" ? "postgres" : "sqlite";
    expect(res.body).toMatchObject({ store, storeAnswers: true });
  });
});

describe("GET /api/projects", () => {
  it("lists the 18 projects of the bulletin with their categories and derived lights", async () => {
    const res = await server.get("/api/projects");
    expect(res.status).toBe(200);
    const projects = res.body.projects as {
      name: string;
      category: string;
      status: string;
      location: { lat: number; lng: number };
      totalInvestment: number;
      progress: number;
      statusExplanation: { light: string };
    }[];
    expect(projects.map((p) => p.name)).toEqual([...bulletinNames, ...renewalNames]);
    expect(projects.filter((p) => p.category === "manufacturing")).toHaveLength(16);
    expect(projects.filter((p) => p.category === "urban_renewal").map((p) => p.name)).toEqual(
      renewalNames,
    );
    for (const p of projects) {
      expect(["green", "yellow", "red"]).toContain(p.status);
      expect(p.statusExplanation.light).toBe(p.status);
      // Inside Jimo District, roughly.
      expect(p.location.lat).toBeGreaterThan(36.1);
      expect(p.location.lat).toBeLessThan(36.8);
      expect(p.location.lng).toBeGreaterThan(120.1);
      expect(p.location.lng).toBeLessThan(121.1);
      expect(p.totalInvestment).toBeGreaterThan(0);
      expect(p.progress).toBeGreaterThanOrEqual(0);
    }
    expect(res.body.illustrative).toBe(true);
  });

  it("lists summaries: no history, lists or provenance (the project's own answer has them)", async () => {
    const res = await server.get("/api/projects");
    for (const p of res.body.projects) {
      expect(p).not.toHaveProperty("reports");
      expect(p).not.toHaveProperty("milestones");
      expect(p).not.toHaveProperty("problems");
      expect(p).not.toHaveProperty("provenance");
    }
    const one = await server.get(`/api/projects/${res.body.projects[0].id}`);
    expect(one.body.project.provenance).toBeDefined();
  });

  it("gives one project with its reports, milestones and problems", async () => {
    const list = await server.get("/api/projects");
    const id = list.body.projects[1].id as string;
    const res = await server.get(`/api/projects/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.project.name).toBe("奇瑞汽车青岛基地项目");
    expect(res.body.project.reports.length).toBeGreaterThan(10);
    expect(Array.isArray(res.body.project.milestones)).toBe(true);
    expect(Array.isArray(res.body.project.problems)).toBe(true);
  });

  it("answers an unknown id with 404 and a readable message, in Chinese by default", async () => {
    const res = await server.get("/api/projects/no-such-project");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("project_not_found");
    expect(res.body.error.message).toContain("找不到该项目");
    const en = await server.get("/api/projects/no-such-project", {
      headers: { "Accept-Language": "en-GB,en;q=0.9" },
    });
    expect(en.body.error.message).toBe("No project with id no-such-project.");
  });

  it("answers a malformed id with 400 naming the problem", async () => {
    const res = await server.get("/api/projects/Bad%20Id!?lang=en");
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe("invalid_parameter");
    expect(res.body.error.message).toMatch(/project id is lower-case letters/);
  });
});

describe("events, sheets and results", () => {
  const eventId = read("events.json").events[0].id as string;

  it("lists the inspection event of 2023-02-24 and the practice event, newest first", async () => {
    const res = await server.get("/api/events");
    expect(res.status).toBe(200);
    expect(res.body.events).toEqual([
      expect.objectContaining({ id: "demo-entry-practice", date: "2023-03-10", state: "open" }),
      expect.objectContaining({ id: eventId, date: "2023-02-24", state: "published" }),
    ]);
  });

  it("gives the event's scheme and evaluators", async () => {
    const res = await server.get(`/api/events/${eventId}`);
    expect(res.status).toBe(200);
    const maxima = res.body.event.scheme.criteria.map((c: { max: number }) => c.max);
    expect(maxima.reduce((a: number, b: number) => a + b, 0)).toBe(100);
    expect(res.body.evaluators.length).toBeGreaterThanOrEqual(60);
  });

  it("returns every raw sheet with its total", async () => {
    const res = await server.get(`/api/events/${eventId}/sheets`);
    // sheets.json holds the practice event's sheets too.
    const seeded = (
      read("sheets.json").sheets as { eventId: string; scores: Record<string, number> }[]
    ).filter((s) => s.eventId === eventId);
    expect(res.body.sheets).toHaveLength(seeded.length);
    const sheet = res.body.sheets[0];
    const sum = Object.values(sheet.scores as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(sheet.total).toBeCloseTo(sum, 6);
  });

  it("computes results equal to the domain's computation from the stored sheets", async () => {
    const res = await server.get(`/api/events/${eventId}/results`);
    expect(res.status).toBe(200);
    const projects = projectsFileSchema.parse(read("projects.json")).projects;
    const event = eventsFileSchema.parse(read("events.json")).events[0];
    const evaluators = evaluatorsFileSchema.parse(read("evaluators.json")).evaluators;
    const sheets = sheetsFileSchema
      .parse(read("sheets.json"))
      .sheets.filter((s) => s.eventId === eventId);
    if (!event) throw new Error("no event in data/events.json");
    const expected = computeEventResults(
      event,
      projects.map((p) => ({ id: p.id, category: p.category })),
      sheets,
      evaluators,
    );
    expect(res.body.results).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(res.body.sheetCount).toBe(sheets.length);
    for (const category of ["manufacturing", "urban_renewal"]) {
      const ranks = res.body.results
        .filter((r: { category: string }) => r.category === category)
        .map((r: { rank: number }) => r.rank);
      expect(Math.min(...ranks)).toBe(1);
    }
  });

  it("answers unknown and malformed event ids with 404 and 400", async () => {
    for (const path of ["", "/sheets", "/results"]) {
      expect((await server.get(`/api/events/nope${path}`)).status).toBe(404);
      expect((await server.get(`/api/events/NOPE_!${path}`)).status).toBe(400);
    }
  });
});

describe("the rest of the API", () => {
  it("publishes an OpenAPI document covering every endpoint", async () => {
    const res = await server.get("/api/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/projects",
        "/api/projects/{id}",
        "/api/events",
        "/api/events/{id}",
        "/api/events/{id}/sheets",
        "/api/events/{id}/results",
        "/api/session",
        "/api/events/{id}/sheets/{evaluatorId}/{projectId}",
        "/api/events/{id}/state",
        "/api/display-tokens",
        "/api/live",
      ]),
    );
    const projects = res.body.paths["/api/projects"].get.responses["200"];
    expect(projects.content["application/json"].schema.type).toBe("object");
  });

  it("answers an unknown API path with a JSON 404", async () => {
    const res = await server.get("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe("route_not_found");
  });

  it("compresses JSON for clients that accept gzip", async () => {
    const res = await fetch(`${server.url}/api/projects`, {
      headers: { "Accept-Encoding": "gzip" },
    });
    expect(res.headers.get("content-encoding")).toBe("gzip");
    // Compressed once and kept: the same list as sent uncompressed.
    const plain = await fetch(`${server.url}/api/projects`, {
      headers: { "Accept-Encoding": "identity" },
    });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await res.json()).toEqual(await plain.json());
    const refused = await fetch(`${server.url}/api/projects`, {
      headers: { "Accept-Encoding": "gzip;q=0, identity" },
    });
    expect(refused.headers.get("content-encoding")).toBeNull();
  });
});
