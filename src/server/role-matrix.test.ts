import { afterAll, beforeAll, describe, expect, it } from "vitest";
import seedFile from "../../data/projects.json";
import { type Caller, caller, signIn, startTestServer } from "./test-server";

// The practice event is open, so a refusal here is about who asks, never about the event's state.
const eventId = "demo-entry-practice";
const sheetBody = {
  scores: { progress: 20, investment: 15, technology: 15, site_management: 10, benefit: 10 },
  vote: "satisfied",
  reason: "role matrix",
};

type Role = "anonymous" | "leader" | "staff" | "admin" | "evaluator" | "display" | "unit";
type Write = {
  name: string;
  call: (as: Caller) => Promise<{ status: number }>;
  /** Roles that may do it; every other role is refused. */
  allowed: Role[];
};

// A write allowed for a role answers 2xx; refused: 401 without identity, 403 with the wrong one.
let replanCount = 0;
let accountCount = 0;
let createCount = 0;
let planCount = 0;
const seedProject = seedFile.projects[1];
const writes: Write[] = [
  {
    name: "add a project to the list",
    call: (as) => {
      const { milestones: _m, reports: _r, problems: _p, ...rest } = seedProject;
      return as("POST", "/api/projects", { ...rest, id: `matrix-project-${createCount++}` });
    },
    allowed: ["staff", "admin"],
  },
  {
    name: "edit a project",
    call: (as) =>
      as("PUT", `/api/projects/${seedProject.id}`, { developerEn: seedProject.developerEn }),
    allowed: ["staff", "admin"],
  },
  {
    name: "add a category",
    call: (as) =>
      as("POST", "/api/categories", {
        id: `matrix_${createCount++}`,
        name: "矩阵",
        nameEn: "Matrix",
        colour: "#1d5fa8",
      }),
    allowed: ["admin"],
  },
  {
    name: "raise a problem on a project",
    call: (as) =>
      as("POST", "/api/projects/metro-line-7-phase-2/problems", {
        title: "角色矩阵",
        type: "other",
        unit: "区交通运输局",
        dueDate: "2023-12-31",
      }),
    allowed: ["staff", "admin"],
  },
  {
    name: "replan a milestone",
    call: (as) =>
      as("POST", "/api/projects/metro-line-7-phase-2/milestones/opening/replan", {
        // A new date each time: replanning to the current date is refused for its own reason.
        plannedDate: `2024-12-${String(10 + replanCount++)}`,
        reason: "角色矩阵",
      }),
    allowed: ["staff", "admin"],
  },
  {
    name: "PUT a sheet (evaluator e67's own)",
    call: (as) => as("PUT", `/api/events/${eventId}/sheets/e67/yingliu-area-renewal`, sheetBody),
    allowed: ["staff", "admin", "evaluator"],
  },
  {
    name: "PUT another evaluator's sheet",
    call: (as) => as("PUT", `/api/events/${eventId}/sheets/e68/yingliu-area-renewal`, sheetBody),
    allowed: ["staff", "admin"],
  },
  {
    name: "issue a personal link",
    call: (as) => as("POST", `/api/events/${eventId}/links/e69`),
    allowed: ["staff", "admin"],
  },
  {
    name: "revoke a personal link",
    call: (as) => as("DELETE", `/api/events/${eventId}/links/e69`),
    allowed: ["staff", "admin"],
  },
  {
    name: "read the audit log",
    call: (as) => as("GET", `/api/events/${eventId}/audit`),
    allowed: ["staff", "admin", "leader"],
  },
  {
    name: "list who holds a personal link",
    call: (as) => as("GET", `/api/events/${eventId}/links`),
    allowed: ["staff", "admin"],
  },
  {
    name: "read a 旬's dispatch-meeting agenda",
    call: (as) => as("GET", "/api/dispatch/2023-02-3"),
    // The wall's dispatch panel shows it.
    allowed: ["staff", "admin", "leader", "display"],
  },
  {
    name: "read the review over the 旬",
    call: (as) => as("GET", "/api/review"),
    allowed: ["staff", "admin", "leader"],
  },
  {
    name: "read the blind double-entry queue",
    call: (as) => as("GET", `/api/events/${eventId}/double-entry`),
    allowed: ["staff", "admin"],
  },
  {
    name: "create a wall-screen token",
    call: (as) => as("POST", "/api/display-tokens", { label: "矩阵测试" }),
    allowed: ["admin"],
  },
  {
    name: "list accounts",
    call: (as) => as("GET", "/api/accounts"),
    allowed: ["admin"],
  },
  {
    name: "add an account",
    call: (as) =>
      as("POST", "/api/accounts", { username: `matrix-${accountCount++}`, role: "leader" }),
    allowed: ["admin"],
  },
  {
    name: "reset an account's password",
    call: (as) => as("POST", "/api/accounts/matrix-reset/reset-password"),
    allowed: ["admin"],
  },
  {
    name: "list wall-screen tokens",
    call: (as) => as("GET", "/api/display-tokens"),
    allowed: ["admin"],
  },
  {
    name: "prepare an inspection",
    call: (as) => as("POST", "/api/events", matrixDraft()),
    allowed: ["staff", "admin"],
  },
  {
    name: "edit a draft inspection",
    call: async (as) => as("PUT", `/api/events/${await draftId()}`, { venue: "矩阵会场" }),
    allowed: ["staff", "admin"],
  },
  {
    name: "read a draft inspection with its roster's names",
    call: async (as) => as("GET", `/api/events/${await draftId()}/draft`),
    allowed: ["staff", "admin"],
  },
  {
    name: "download the project-list template",
    call: (as) => as("GET", "/api/projects/import-template.xlsx?year=2023"),
    allowed: ["staff", "admin"],
  },
  {
    name: "check a project list (dry run)",
    call: async (as) => {
      const form = new FormData();
      form.append("file", new Blob(["项目名称,类别\r\n"]), "list.csv");
      const res = await fetch(`${server.url}/api/projects/import?dryRun=1`, {
        method: "POST",
        headers: as.headers,
        body: form,
      });
      return { status: res.status };
    },
    allowed: ["staff", "admin"],
  },
  {
    name: "read a project's change log",
    call: (as) => as("GET", `/api/projects/${seedProject.id}/history`),
    allowed: ["staff", "admin", "leader"],
  },
  {
    name: "reset an account with a set-password link",
    call: (as) => as("POST", "/api/accounts/matrix-reset/password-link"),
    allowed: ["admin"],
  },
  {
    // Public: whoever holds a link may use it; a wall screen's token opens nothing beyond its wall.
    name: "choose a password through a set-password link",
    call: async (as) => {
      const issued = await callers.admin("POST", "/api/accounts/matrix-link/password-link");
      return as("POST", "/api/password-links/use", {
        token: issued.body.link.token,
        password: "a matrix password long enough",
      });
    },
    allowed: ["anonymous", "leader", "staff", "admin", "evaluator", "unit"],
  },
  {
    name: "set a year's planned investment",
    call: (as) =>
      as("PUT", `/api/projects/${seedProject.id}/year-plans/${2030 + planCount++}`, {
        planInvestment: 1,
      }),
    allowed: ["staff", "admin"],
  },
  {
    name: "add a milestone",
    call: (as) =>
      as("POST", `/api/projects/${seedProject.id}/milestones`, {
        name: "矩阵节点",
        plannedDate: "2025-01-01",
      }),
    allowed: ["staff", "admin"],
  },
  {
    name: "rename or replan a milestone",
    call: (as) =>
      as("PATCH", `/api/projects/${seedProject.id}/milestones/equipment`, {
        plannedDate: `2025-02-${String(10 + planCount++)}`,
        reason: "角色矩阵",
      }),
    allowed: ["staff", "admin"],
  },
  {
    name: "remove a milestone never reached",
    call: async (as) => {
      const added = await callers.admin("POST", `/api/projects/${seedProject.id}/milestones`, {
        name: "待删节点",
        plannedDate: "2025-03-01",
      });
      return as("DELETE", `/api/projects/${seedProject.id}/milestones/${added.body.milestone.id}`, {
        reason: "角色矩阵",
      });
    },
    allowed: ["staff", "admin"],
  },
];

const matrixDraft = () => ({
  name: "矩阵观摩会",
  date: "2026-06-01",
  projectIds: [seedProject.id],
  evaluators: [{ label: "评委01", name: "矩阵评委", groupId: "town_heads" }],
});
/** One draft, made by an admin the first time a write needs it. */
let draft: Promise<string> | undefined;
const draftId = () => {
  draft ??= callers.admin("POST", "/api/events", matrixDraft()).then((r) => r.body.event.id);
  return draft;
};

let server: Awaited<ReturnType<typeof startTestServer>>;
const callers = {} as Record<Role, Caller>;

beforeAll(async () => {
  server = await startTestServer();
  callers.anonymous = caller(server.url);
  callers.leader = await signIn(server.url, "leader", "demo-leader");
  callers.staff = await signIn(server.url, "staff", "demo-staff");
  callers.admin = await signIn(server.url, "admin", "demo-admin");
  // A responsible unit reports for its projects and may touch nothing of the scoring.
  callers.unit = await signIn(server.url, "unit", "demo-unit");
  const link = await callers.staff("POST", `/api/events/${eventId}/links/e67`);
  callers.evaluator = caller(server.url, { authorization: `Bearer ${link.body.token}` });
  const display = await callers.admin("POST", "/api/display-tokens", { label: "大屏" });
  // Its own account: a reset ends the sessions of the account it resets.
  await callers.admin("POST", "/api/accounts", { username: "matrix-reset", role: "leader" });
  await callers.admin("POST", "/api/accounts", { username: "matrix-link", role: "leader" });
  callers.display = caller(server.url, { authorization: `Bearer ${display.body.token}` });
});
afterAll(async () => {
  await server.close();
});

describe("who may write what", () => {
  const roles: Role[] = ["anonymous", "leader", "staff", "admin", "evaluator", "display", "unit"];
  for (const write of writes)
    for (const role of roles) {
      const allowed = write.allowed.includes(role);
      it(`${write.name}: ${role} is ${allowed ? "allowed" : "refused"}`, async () => {
        const { status } = await write.call(callers[role]);
        if (allowed) expect(status).toBeLessThan(300);
        else expect(status).toBe(role === "anonymous" ? 401 : 403);
      });
    }
});

describe("a leader reads the desk", () => {
  // What /entry shows a leader: who has not submitted (the sheets), the log and the quality signals.
  it.each([
    ["the sheets", `/api/events/${eventId}/sheets`],
    ["the audit log", `/api/events/${eventId}/audit`],
    ["the quality signals", `/api/events/${eventId}/quality`],
    ["the results", `/api/events/${eventId}/results`],
  ])("%s", async (_, path) => {
    expect((await callers.leader("GET", path)).status).toBe(200);
  });

  it("and cannot move the event, import or issue links", async () => {
    const tries = [
      callers.leader("POST", `/api/events/${eventId}/state`, { state: "closed", reason: "x" }),
      callers.leader("POST", `/api/events/${eventId}/links/e69`),
      callers.leader("GET", `/api/events/${eventId}/links`),
    ];
    for (const res of await Promise.all(tries)) expect(res.status).toBe(403);
  });
});

describe("an evaluator's link and results", () => {
  const published = "2023-02-24-inspection";
  const reads = [
    `/api/events/${eventId}/results`,
    `/api/events/${eventId}/quality`,
    `/api/events/${eventId}/results.csv`,
  ];

  it("cannot see results while its event is being scored; everyone else who reads can", async () => {
    for (const path of reads) {
      const refused = await callers.evaluator("GET", path);
      expect(refused.status, path).toBe(403);
      expect(refused.body.error.code, path).toBe("results_not_published");
      for (const role of ["anonymous", "leader"] as const)
        expect((await callers[role]("GET", path)).status, `${role} ${path}`).toBe(200);
      // A wall screen reads only what its panels show: the ranking, not quality signals or files.
      const wall = await callers.display("GET", path);
      expect(wall.status, `display ${path}`).toBe(path.endsWith("/results") ? 200 : 403);
    }
  });

  it("sees published results, and never the raw sheets of others", async () => {
    expect((await callers.evaluator("GET", `/api/events/${published}/results`)).status).toBe(200);
    for (const path of [
      `/api/events/${eventId}/sheets.csv`,
      `/api/events/${published}/sheets.xlsx`,
    ])
      expect((await callers.evaluator("GET", path)).status, path).toBe(403);
    const own = await callers.evaluator("GET", `/api/events/${eventId}/sheets`);
    expect(own.status).toBe(200);
    const evaluatorsSeen = new Set(
      (own.body.sheets as { evaluatorId: string }[]).map((s) => s.evaluatorId),
    );
    expect([...evaluatorsSeen].every((id) => id === "e67")).toBe(true);
  });
});
