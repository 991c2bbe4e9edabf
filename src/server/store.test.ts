import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startServer } from "./start-server";
import { describeOnPostgres, testPostgresSchema } from "./store/test-stores";
import { copySeed, seedDir } from "./test-server";

const start = (dataDir: string, seed = seedDir) =>
  startServer({ dataDir, seedDir: seed, port: 0, host: "127.0.0.1" });

describe("the embedded store", () => {
  it("is seeded on the first start and kept, not re-seeded, on a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kp-store-"));
    try {
      const first = await start(dataDir);
      expect(first.seeded).toBe(true);
      await first.close();
      const second = await start(dataDir);
      expect(second.seeded).toBe(false);
      const res = await fetch(`${second.url}/api/projects`);
      expect(((await res.json()) as { projects: unknown[] }).projects).toHaveLength(18);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describeOnPostgres("two nodes started at once on one empty PostgreSQL database", () => {
  it("both start: one seeds, the other finds the store seeded; the data and demo accounts exist once", async () => {
    const { url, schema, drop } = await testPostgresSchema();
    const node = () =>
      startServer({
        dataDir: "",
        seedDir,
        port: 0,
        host: "127.0.0.1",
        databaseUrl: url,
        postgresSchema: schema,
      });
    try {
      const started = await Promise.allSettled([node(), node()]);
      const up = started.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
      try {
        expect(started.map((s) => (s.status === "rejected" ? String(s.reason) : "up"))).toEqual([
          "up",
          "up",
        ]);
        expect(up.map((n) => n.seeded).sort()).toEqual([false, true]);
        for (const n of up) {
          const res = await fetch(`${n.url}/api/projects`);
          expect(((await res.json()) as { projects: unknown[] }).projects).toHaveLength(18);
        }
        const signIn = await fetch(`${up[1]?.url}/api/session`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ username: "staff", password: "demo-staff" }),
        });
        expect(signIn.status).toBe(200);
      } finally {
        for (const n of up) await n.close();
      }
    } finally {
      await drop();
    }
  });
});

describe("a restart", () => {
  it("reads the store, not the seed files: they only fill a new store", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kp-store-"));
    const unreadable = mkdtempSync(join(tmpdir(), "kp-no-seed-"));
    try {
      await (await start(dataDir)).close();
      const again = await start(dataDir, unreadable);
      expect(again.seeded).toBe(false);
      const res = await fetch(`${again.url}/api/projects`);
      expect(((await res.json()) as { projects: unknown[] }).projects).toHaveLength(18);
      await again.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(unreadable, { recursive: true, force: true });
    }
  });
});

describe("production mode", () => {
  const production = { demo: false, anonymousRead: false, onlineTileLayers: [], publicUrl: null };

  it("refuses to run while demo accounts keep their demo passwords", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kp-prod-"));
    try {
      await (await start(dataDir)).close(); // a demo start leaves the demo accounts
      await expect(
        startServer({ dataDir, seedDir, port: 0, host: "127.0.0.1", site: production }),
      ).rejects.toThrow(/Refusing to run in production: demo accounts .*admin, staff, leader/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("starts on a fresh store with no demo accounts, and reading needs a sign-in", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kp-prod-"));
    try {
      const server = await startServer({
        dataDir,
        seedDir,
        port: 0,
        host: "127.0.0.1",
        site: production,
      });
      const projects = await fetch(`${server.url}/api/projects`);
      expect(projects.status).toBe(401);
      const signIn = await fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ username: "admin", password: "demo-admin" }),
      });
      expect(signIn.status).toBe(401);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      await server.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe("seed validation at start", () => {
  // biome-ignore lint/suspicious/noExplicitAny: the test breaks arbitrary fields on purpose
  const breakFile = (file: string, mutate: (data: any) => void) => {
    const dir = copySeed();
    const path = join(dir, file);
    const data = JSON.parse(readFileSync(path, "utf8"));
    mutate(data);
    writeFileSync(path, JSON.stringify(data));
    return dir;
  };

  it("refuses to start, naming the file, the record and the field", async () => {
    const dir = breakFile("projects.json", (data) => {
      data.projects[2].totalInvestment = "lots";
    });
    const dataDir = mkdtempSync(join(tmpdir(), "kp-bad-"));
    try {
      const id = JSON.parse(readFileSync(join(seedDir, "projects.json"), "utf8")).projects[2].id;
      await expect(start(dataDir, dir)).rejects.toThrow(
        new RegExp(
          `data/projects\\.json[\\s\\S]*projects\\[2\\] \\(id "${id}"\\) field "totalInvestment"`,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("refuses a sheet that names an unknown project", async () => {
    const dir = breakFile("sheets.json", (data) => {
      data.sheets[5].projectId = "ghost-project";
    });
    const dataDir = mkdtempSync(join(tmpdir(), "kp-bad-"));
    try {
      await expect(start(dataDir, dir)).rejects.toThrow(
        /data\/sheets\.json[\s\S]*sheets\[5\][\s\S]*field "projectId": unknown project/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
