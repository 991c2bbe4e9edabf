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
