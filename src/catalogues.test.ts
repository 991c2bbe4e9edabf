/**
 * Every catalogue in the app, wherever it is defined (domain, server, client), says the same things
 * in both languages: the same keys (the compiler checks those too) and the same {placeholders}, so
 * no value is lost or left showing in one language only.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { definedCatalogues, placeholderNames } from "./domain/i18n";

const root = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const definingFiles = sourceFiles(root).filter(
  (path) =>
    readFileSync(path, "utf8").includes("defineMessages(") && !path.endsWith("domain/i18n.ts"),
);

describe("catalogues", () => {
  let catalogues: ReturnType<typeof definedCatalogues> = [];
  beforeAll(async () => {
    for (const path of definingFiles) await import(path);
    catalogues = definedCatalogues();
  });

  it("are found in every file that defines one", () => {
    expect(definingFiles.length).toBeGreaterThan(15);
    expect(catalogues.length).toBeGreaterThanOrEqual(definingFiles.length);
  });

  it("have the same keys and placeholders in Chinese and English", () => {
    const problems: string[] = [];
    for (const { zh, en } of catalogues) {
      const keys = new Set([...Object.keys(zh), ...Object.keys(en)]);
      for (const key of keys) {
        if (!(key in zh) || !(key in en)) {
          problems.push(`${key}: only in ${key in zh ? "zh" : "en"}`);
          continue;
        }
        const [inZh, inEn] = [placeholderNames(zh[key]), placeholderNames(en[key])];
        if (inZh.join() !== inEn.join()) problems.push(`${key}: zh {${inZh}} en {${inEn}}`);
      }
    }
    expect(problems, `in ${definingFiles.map((p) => relative(root, p)).join(", ")}`).toEqual([]);
  });

  it("give every English plural an `other` form", () => {
    const plurals = catalogues
      .flatMap(({ en }) => Object.values(en))
      .filter((text) => /\{\s*\w+\s*,\s*plural\s*,/.test(text));
    for (const text of plurals) expect(text, text).toMatch(/\bother\s*\{/);
  });
});
