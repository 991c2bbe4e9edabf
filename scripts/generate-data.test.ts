import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");

describe("npm run data:generate", () => {
  it("reproduces the committed data files byte for byte", () => {
    const out = mkdtempSync(join(tmpdir(), "kp-gen-"));
    try {
      execFileSync("npx", ["tsx", "scripts/generate-data.ts", "--out", out], {
        cwd: root,
        stdio: "pipe",
      });
      const written = readdirSync(out)
        .filter((f) => f.endsWith(".json"))
        .sort();
      expect(written).toEqual([
        "evaluators.json",
        "events.json",
        "projects.json",
        "sheets.json",
        "status-rules.json",
      ]);
      for (const file of written)
        expect(readFileSync(join(out, file), "utf8"), file).toBe(
          readFileSync(join(root, "data", file), "utf8"),
        );
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("a longer list by the same rules", () => {
  it("draws valid projects beyond the 18, keeps the 18 and their inspection as they are", async () => {
    const { buildDataset } = await import("./lib/build-dataset");
    const small = buildDataset();
    const large = buildDataset({ projects: 60 });
    expect(large.failures).toEqual([]);
    expect(large.projects).toHaveLength(60);
    expect(new Set(large.projects.map((p) => p.id)).size).toBe(60);
    expect(large.projects.slice(0, 18)).toEqual(small.projects);
    expect(large.files["sheets.json"]).toEqual(small.files["sheets.json"]);
    // Each drawn project has its own history per 旬, milestones and problems.
    const drawn = large.projects[40];
    expect(drawn?.reports.length).toBeGreaterThan(10);
    expect(drawn?.milestones.length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it("is written in parts the server reads back as one list", () => {
    const out = mkdtempSync(join(tmpdir(), "kp-gen-"));
    try {
      execFileSync(
        "npx",
        ["tsx", "scripts/generate-data.ts", "--projects", "60", "--part-size", "25", "--out", out],
        {
          cwd: root,
          stdio: "pipe",
        },
      );
      expect(readdirSync(out).filter((f) => f.startsWith("projects"))).toEqual([
        "projects-2.json",
        "projects-3.json",
        "projects.json",
      ]);
      const parts = execFileSync(
        "npx",
        [
          "tsx",
          "-e",
          `import { loadSeedFiles } from "./src/server/seed/load-seed-files";
           console.log(loadSeedFiles(${JSON.stringify(out)}).projects.projects.length)`,
        ],
        { cwd: root, encoding: "utf8" },
      );
      expect(parts.trim()).toBe("60");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
