/**
 * Generates the illustrative demo data in data/*.json (npm run data:generate).
 *
 * Deterministic: every random draw comes from a seeded generator (SEED), so running it twice gives
 * byte-identical files. Only the 18 project names and categories, the event's date and venue, and
 * the fact that attendees scored and voted come from the bulletin; everything else is 示意数据
 * (illustrative). See data/README.md.
 *
 * `--projects N` adds projects drawn by the same rules up to N (a city's list, for scale tests);
 * `--out DIR` writes elsewhere. Large lists are written compactly and split into
 * projects.json + projects-2.json, … of 5,000 projects each (`--part-size`), which the server reads as one list.
 *
 * Needs public/basemap/qingdao-districts.geojson (npm run data:basemap) to check that every
 * location lies inside Jimo District. Validates all files with the app's zod schemas and writes
 * nothing if any check fails.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { AS_OF, buildDataset, SEED } from "./lib/build-dataset";
import { summarize, TIED_PAIR } from "./lib/build-scoring";
import { CATALOGUE } from "./lib/project-catalogue";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}
/** Where to write: data/ by default; `--out DIR` writes elsewhere (used to check determinism). */
const DATA_DIR = option("--out") || join(ROOT, "data");
const COUNT = Number(option("--projects") ?? CATALOGUE.length);
/** Projects per file when a list is split (keeps every file far below a string's size limit). */
const PART_SIZE = Number(option("--part-size") ?? 5_000);

function pretty(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function main(): void {
  if (!Number.isInteger(COUNT) || COUNT < CATALOGUE.length)
    throw new Error(`--projects must be a whole number of at least ${CATALOGUE.length}`);
  const { files, failures, readings, event, sheets } = buildDataset({
    projects: COUNT,
    seed: SEED,
  });
  if (failures.length) {
    console.error(`Not writing data — ${failures.length} problem(s):\n  ${failures.join("\n  ")}`);
    process.exit(1);
  }

  mkdirSync(DATA_DIR, { recursive: true });
  // Parts of an earlier, larger list would be read as part of this one.
  for (const f of readdirSync(DATA_DIR))
    if (/^projects-\d+\.json$/.test(f)) rmSync(join(DATA_DIR, f));
  const large = COUNT > CATALOGUE.length;
  for (const [file, value] of Object.entries(files)) {
    if (file === "projects.json" && large) {
      const { projects, ...head } = value as { projects: unknown[] };
      for (let start = 0, part = 1; start < projects.length; start += PART_SIZE, part++) {
        const slice = projects.slice(start, start + PART_SIZE);
        const name = part === 1 ? file : `projects-${part}.json`;
        writeFileSync(
          join(DATA_DIR, name),
          JSON.stringify(part === 1 ? { ...head, projects: slice } : { projects: slice }),
        );
      }
    } else writeFileSync(join(DATA_DIR, file), large ? JSON.stringify(value) : pretty(value));
  }

  console.log(
    `Wrote ${Object.keys(files).length} files to ${DATA_DIR} (seed ${SEED}, as of ${AS_OF}, ${COUNT} projects).`,
  );
  if (large) return;
  for (const { p, r } of readings)
    console.log(
      `  ${r.light.padEnd(6)} ${p.id.padEnd(42)} ytd ${r.ytdCompletionPct.toFixed(1).padStart(5)}% ` +
        `(behind ${r.behindPoints.toFixed(1)})  ${r.reasons.join("; ")}`,
    );
  const results = summarize(event, sheets);
  console.log("  Scores (trimmed mean / satisfaction / composite):");
  for (const x of results)
    console.log(
      `    ${x.id.padEnd(42)} ${x.base.toFixed(2)} / ${x.satisfaction.toFixed(1)} / ${x.composite.toFixed(2)}` +
        `  [${x.min}–${x.max}]${TIED_PAIR.includes(x.id as (typeof TIED_PAIR)[number]) ? "  (tied pair)" : ""}`,
    );
}

main();
