import { afterAll, beforeAll, describe, expect, it } from "vitest";
import seed from "../../data/projects.json";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: Caller;
let staff: Caller;
let leader: Caller;
type Listed = { projects: { id: string }[] };
let before: { projects: Listed; results: unknown };

const published = "/api/events/2023-02-24-inspection/results";

/** A project as a form sends it: no history, no provenance. */
const newProject = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  name: "即墨区测试新建项目",
  nameEn: "Test project entered in the app",
  category: "manufacturing",
  street: "通济街道",
  streetEn: "Tongji Sub-district",
  location: { lat: 36.39, lng: 120.45 },
  geometry: { type: "Point", coordinates: [120.45, 36.39] },
  developer: "某建设单位",
  developerEn: "A developer",
  responsibleUnit: "通济街道办事处",
  responsibleUnitEn: "Tongji Sub-district Office",
  leaderInCharge: "包联区领导",
  leaderInChargeEn: "District leader",
  totalInvestment: 3,
  yearPlanInvestment: 1,
  cumulativeInvestment: 0,
  ytdInvestment: 0,
  stage: "preliminary",
  progress: 0,
  startDate: "2023-03-01",
  plannedCompletionDate: "2024-12-31",
  ...over,
});

const auditOf = async (subject: string) =>
  (await server.secondStore()).db
    .selectFrom("audit_log")
    .select(["action", "before", "after", "reason"])
    .where("subject", "=", subject)
    .orderBy("id")
    .execute();

beforeAll(async () => {
  server = await startTestServer();
  admin = await signIn(server.url, "admin", "demo-admin");
  staff = await signIn(server.url, "staff", "demo-staff");
  leader = await signIn(server.url, "leader", "demo-leader");
  const anon = caller(server.url);
  before = {
    projects: (await anon("GET", "/api/projects")).body as Listed,
    results: (await anon("GET", published)).body,
  };
});
afterAll(async () => {
  await server.close();
});

describe("categories as data", () => {
  it("lists the seed's two with names, order and colours", async () => {
    const { status, body } = await leader("GET", "/api/categories");
    expect(status).toBe(200);
    expect(body.categories.map((c: { id: string }) => c.id)).toEqual([
      "manufacturing",
      "urban_renewal",
    ]);
    expect(body.categories[0]).toMatchObject({ name: "制造业", nameEn: "Manufacturing" });
  });

  it("an admin adds one; a duplicate id or a light's colour is refused per field", async () => {
    const infra = {
      id: "infrastructure",
      name: "基础设施",
      nameEn: "Infrastructure",
      colour: "#0e7c86",
    };
    const added = await admin("POST", "/api/categories", infra);
    expect(added.status).toBe(201);
    expect(added.body.category).toMatchObject({ ...infra, order: 2 });

    const dup = await admin("POST", "/api/categories?lang=en", { ...infra, name: "再来" });
    expect(dup.status).toBe(409);
    expect(dup.body.error.details.issues[0].field).toBe("id");
    expect(dup.body.error.message).toContain("infrastructure");

    const red = await admin("POST", "/api/categories", {
      id: "livelihood",
      name: "社会民生",
      nameEn: "Livelihood",
      colour: "#d62728",
    });
    expect(red.status).toBe(400);
    expect(red.body.error.details.issues[0].field).toBe("colour");
    expect(red.body.error.message).toContain("红灯");

    expect((await staff("POST", "/api/categories", { ...infra, id: "x_staff" })).status).toBe(403);
  });
});

describe("the project list", () => {
  it("staff add a project in a new category; it is listed, audited and pushed", async () => {
    const res = await staff(
      "POST",
      "/api/projects",
      newProject("app-infra-road", { category: "infrastructure" }),
    );
    expect(res.status).toBe(201);
    expect(res.body.project).toMatchObject({
      id: "app-infra-road",
      category: "infrastructure",
      reports: [],
    });
    expect(res.body.project.provenance).toEqual({
      facts: [],
      illustrative: [],
      locationApproximate: false,
    });
    expect(res.body.warnings).toEqual([]);
    expect(res.headers.get("etag")).toBe('"v1"');
    const list = await leader("GET", "/api/projects");
    expect(list.body.projects.some((p: { id: string }) => p.id === "app-infra-road")).toBe(true);
    expect((await auditOf("project:app-infra-road"))[0].action).toBe("project.create");
  });

  it("refuses an unknown category, a duplicate id and bad fields, each by field and in the reader's language", async () => {
    const unknown = await staff(
      "POST",
      "/api/projects?lang=en",
      newProject("app-x", { category: "space" }),
    );
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0].field).toBe("category");
    expect(unknown.body.error.message).toMatch(/no category “space”/);

    const dup = await staff("POST", "/api/projects", newProject(seed.projects[0].id));
    expect(dup.status).toBe(409);
    expect(dup.body.error.details.issues[0].field).toBe("id");

    const bad = await staff(
      "POST",
      "/api/projects",
      newProject("app-y", { totalInvestment: -1, startDate: "soon" }),
    );
    expect(bad.status).toBe(400);
    const fields = bad.body.error.details.issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(["totalInvestment", "startDate"]));
    expect(bad.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it("flags a place outside the district boundary: refused until confirmed, then warned", async () => {
    const swapped = {
      location: { lat: 12.0, lng: 36.39 },
      geometry: { type: "Point", coordinates: [36.39, 12.0] },
    };
    const refused = await staff("POST", "/api/projects", newProject("app-swapped", swapped));
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("outside_district");
    expect(refused.body.error.details.issues[0].field).toBe("location");
    expect(refused.body.error.message).toContain("确认位置在区外");
    expect((await leader("GET", "/api/projects/app-swapped")).status).toBe(404);

    const res = await staff(
      "POST",
      "/api/projects",
      newProject("app-swapped", { ...swapped, confirmOutside: true }),
    );
    expect(res.status).toBe(201);
    expect(res.body.warnings[0]).toMatchObject({ field: "location", code: "outside_district" });
    expect(res.body.project).not.toHaveProperty("confirmOutside");
  });

  it("checks the real boundary, not only the box: a point in 莱西 and an area reaching into 城阳", async () => {
    // Inside the old bounding box, outside Jimo's boundary.
    const laixi = await staff(
      "POST",
      "/api/projects?lang=en",
      newProject("app-laixi", {
        location: { lat: 36.68, lng: 120.3 },
        geometry: { type: "Point", coordinates: [120.3, 36.68] },
      }),
    );
    expect(laixi.status).toBe(422);
    expect(laixi.body.error.message).toMatch(/outside Jimo District's boundary/);

    const area = {
      location: { lat: 36.39, lng: 120.45 },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [120.45, 36.39],
            [120.46, 36.39],
            [120.4, 36.2],
            [120.45, 36.39],
          ],
        ],
      },
    };
    const across = await staff("POST", "/api/projects", newProject("app-across", area));
    expect(across.status).toBe(422);
    expect(across.body.error.details.issues[0].field).toBe("geometry");

    // An edit that moves a project out needs the same confirmation; one that leaves it alone not.
    const moved = await staff("PUT", "/api/projects/app-swapped", {
      geometry: area.geometry,
      location: area.location,
    });
    expect(moved.status).toBe(422);
    const confirmed = await staff("PUT", "/api/projects/app-swapped", {
      geometry: area.geometry,
      location: area.location,
      confirmOutside: true,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.warnings).toEqual([
      expect.objectContaining({ field: "geometry", code: "outside_district" }),
    ]);
    const renamed = await staff("PUT", "/api/projects/app-swapped", { street: "通济街道" });
    expect(renamed.status).toBe(200);
  });

  it("honours Idempotency-Key: a replay creates nothing twice", async () => {
    const body = newProject("app-once");
    const h = { "idempotency-key": "create-app-once" };
    const first = await staff("POST", "/api/projects", body, h);
    const again = await staff("POST", "/api/projects", body, h);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await auditOf("project:app-once")).toHaveLength(1);
  });

  it("edits need a reason to change the plan, honour If-Match and are audited before → after", async () => {
    const noReason = await staff(
      "PUT",
      "/api/projects/app-infra-road",
      { totalInvestment: 4 },
      { "if-match": '"v1"' },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.issues[0].field).toBe("reason");
    expect(noReason.body.error.message).toContain("总投资");

    const ok = await staff(
      "PUT",
      "/api/projects/app-infra-road",
      { totalInvestment: 4, reason: "追加投资" },
      { "if-match": '"v1"' },
    );
    expect(ok.status).toBe(200);
    expect(ok.body.project.totalInvestment).toBe(4);
    expect(ok.body.version).toBe(2);

    const stale = await staff(
      "PUT",
      "/api/projects/app-infra-road",
      { street: "龙山街道" },
      { "if-match": '"v1"' },
    );
    expect(stale.status).toBe(412);

    const name = await staff("PUT", "/api/projects/app-infra-road", { nameEn: "Renamed" });
    expect(name.status).toBe(200);

    const update = (await auditOf("project:app-infra-road")).find((a) => a.reason === "追加投资");
    expect(JSON.parse(update?.before ?? "{}").totalInvestment).toBe(3);
    expect(JSON.parse(update?.after ?? "{}").totalInvestment).toBe(4);

    expect((await leader("PUT", "/api/projects/app-infra-road", { nameEn: "x" })).status).toBe(403);
  });

  it("archiving takes a project off the list but keeps it; restoring brings it back", async () => {
    const id = "app-infra-road";
    const archived = await staff("POST", `/api/projects/${id}/archive`, {
      reason: "项目调出重点库",
    });
    expect(archived.status).toBe(200);
    const ids = async (q = "") =>
      (await leader("GET", `/api/projects${q}`)).body.projects.map((p: { id: string }) => p.id);
    expect(await ids()).not.toContain(id);
    expect(await ids("?archived=1")).toContain(id);
    expect((await leader("GET", `/api/projects/${id}`)).status).toBe(200);
    expect((await staff("POST", `/api/projects/${id}/archive`, { reason: "again" })).status).toBe(
      409,
    );
    expect((await staff("POST", `/api/projects/${id}/archive`, {})).status).toBe(400);

    expect((await staff("POST", `/api/projects/${id}/restore`, {})).status).toBe(200);
    expect(await ids()).toContain(id);
  });

  it("the list answers 304 to its ETag until a write changes it, then the new list", async () => {
    const list = () => fetch(`${server.url}/api/projects`);
    const again = (etag: string) =>
      fetch(`${server.url}/api/projects`, { headers: { "If-None-Match": etag } });
    const first = await list();
    const etag = first.headers.get("etag") ?? "";
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    const unchanged = await again(etag);
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    expect(unchanged.headers.get("etag")).toBe(etag);
    // Bookkeeping is no change to the list: a sign-in (a new session) and a sign-out keep the 304.
    const someone = await signIn(server.url, "leader", "demo-leader");
    await someone("DELETE", "/api/session");
    expect((await again(etag)).status).toBe(304);

    const id = "app-infra-road";
    expect((await staff("POST", `/api/projects/${id}/archive`, { reason: "调出" })).status).toBe(
      200,
    );
    const changed = await again(etag);
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    const body = (await changed.json()) as Listed;
    expect(body.projects.map((p) => p.id)).not.toContain(id);
    // ?archived=1 is its own answer, not the cached current list.
    const all = (await (await fetch(`${server.url}/api/projects?archived=1`)).json()) as Listed;
    expect(all.projects.map((p) => p.id)).toContain(id);
    expect((await staff("POST", `/api/projects/${id}/restore`, {})).status).toBe(200);
  });

  it("an archived seed project leaves the problem list and the dispatch agenda; its scores stay", async () => {
    const id = "new-materials-park-upgrade"; // has open problems and reports
    const inProblems = async () =>
      (await leader("GET", "/api/problems")).body.problems.some(
        (p: { projectId: string }) => p.projectId === id,
      );
    const inAgenda = async () =>
      JSON.stringify((await staff("GET", "/api/dispatch/2023-02-3")).body).includes(id);
    expect(await inProblems()).toBe(true);
    expect(await inAgenda()).toBe(true);
    const results = (await leader("GET", published)).body;
    expect(
      (await staff("POST", `/api/projects/${id}/archive`, { reason: "测试归档" })).status,
    ).toBe(200);
    expect(await inProblems()).toBe(false);
    expect(await inAgenda()).toBe(false);
    expect((await leader("GET", published)).body).toEqual(results);
    expect((await staff("POST", `/api/projects/${id}/restore`, {})).status).toBe(200);
    expect(await inProblems()).toBe(true);
    expect((await auditOf(`project:${id}`)).map((a) => a.action)).toEqual(
      expect.arrayContaining(["project.archive", "project.restore"]),
    );
  });

  it("leaves the seed's 18 projects and the published results unchanged", async () => {
    const anon = caller(server.url);
    const now = (await anon("GET", "/api/projects")).body as Listed;
    const seedOnly = (list: Listed) =>
      list.projects.filter((p) => seed.projects.some((s) => s.id === p.id));
    expect(seedOnly(now)).toHaveLength(18);
    expect(seedOnly(now)).toEqual(seedOnly(before.projects));
    expect((await anon("GET", published)).body).toEqual(before.results);
  });
});

describe("a project's version, archive list and change log", () => {
  it("reads the version an edit sends back, lists archived projects alone, and shows the change log", async () => {
    const id = "app-history";
    expect((await staff("POST", "/api/projects", newProject(id))).status).toBe(201);
    const read = await leader("GET", `/api/projects/${id}`);
    expect(read.body).toMatchObject({ version: 1, archivedAt: null });
    expect(read.headers.get("etag")).toMatch(/"v1"$/);

    const edited = await staff(
      "PUT",
      `/api/projects/${id}`,
      { totalInvestment: 9, reason: "追加二期" },
      { "if-match": '"v1"' },
    );
    expect(edited.status).toBe(200);
    const stale = await staff(
      "PUT",
      `/api/projects/${id}`,
      { street: "龙山街道" },
      { "if-match": '"v1"' },
    );
    expect(stale.status).toBe(412);

    await staff("POST", `/api/projects/${id}/archive`, { reason: "合并到其他项目" });
    const archivedOnly = await staff("GET", "/api/projects?archived=only");
    expect(archivedOnly.body.projects.map((p: { id: string }) => p.id)).toContain(id);
    expect(
      archivedOnly.body.projects.some((p: { id: string }) => p.id === seed.projects[0].id),
    ).toBe(false);
    expect((await leader("GET", `/api/projects/${id}`)).body.archivedAt).toEqual(
      expect.any(String),
    );

    const history = await leader("GET", `/api/projects/${id}/history`);
    expect(history.status).toBe(200);
    expect(history.body.records.map((r: { action: string }) => r.action)).toEqual([
      "project.archive",
      "project.update",
      "project.create",
    ]);
    expect(history.body.records[1].reason).toBe("追加二期");
    expect((await staff("GET", "/api/projects/nope/history")).status).toBe(404);
  });

  it("a replanned milestone moves the project's version, so an edit made before it is refused", async () => {
    const path = "/api/projects/metro-line-7-phase-2";
    const { version } = (await staff("GET", path)).body;
    const replanned = await staff("POST", `${path}/milestones/opening/replan`, {
      plannedDate: "2025-06-30",
      reason: "盾构进度调整",
    });
    expect(replanned.status).toBe(200);
    const stale = await staff("PUT", path, { nameEn: "Line 7" }, { "if-match": `"v${version}"` });
    expect(stale.status).toBe(412);
    expect((await staff("GET", path)).body.version).toBe(version + 1);
  });
});
