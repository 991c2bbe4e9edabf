// `npm test`: every check in order — lint/format, layer boundaries, types, unit + API tests,
// browser journeys — and one closing line "N passed, N failed" over all of them.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { startTestDatabase } from "./postgres-for-tests.mjs";

const reports = "test-results";
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const run = (label, cmd, args, env = process.env) => {
  console.log(`\n=== ${label} ===`);
  return spawnSync(cmd, args, { stdio: "inherit", env }).status === 0;
};
const readJson = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : null);

let passed = 0;
let failed = 0;
const failures = [];
const check = (label, ok) => {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
};

check("lint and format (biome)", run("Lint and format (biome)", "npx", ["biome", "check", "."]));
check(
  "layer boundaries (dependency-cruiser)",
  run("Layer boundaries (dependency-cruiser)", "npx", [
    "depcruise",
    "src",
    "--config",
    ".dependency-cruiser.cjs",
  ]),
);
check(
  "type-check (tsc)",
  run("Type-check (tsc)", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]),
);

// The store's tests also run on PostgreSQL: on a throwaway database made here where this machine
// can (root, PostgreSQL installed), or on the one TEST_DATABASE_URL names.
let testDatabase = null;
if (process.env.TEST_DATABASE_URL) console.log("\nPostgreSQL tests: on TEST_DATABASE_URL");
else {
  testDatabase = startTestDatabase();
  if (testDatabase.url) {
    process.env.TEST_DATABASE_URL = testDatabase.url;
    process.on("SIGINT", () => {
      testDatabase.drop();
      process.exit(130);
    });
    console.log(`\nPostgreSQL tests: on a throwaway database ${testDatabase.name}`);
  } else console.log(`\nPostgreSQL tests: skipped, ${testDatabase.skipped}`);
}
const unitOk = run("Unit and API tests (vitest)", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reports}/vitest-report.json`,
]);
const unit = readJson(`${reports}/vitest-report.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (unit.numFailedTests) failures.push(`${unit.numFailedTests} vitest test(s)`);
}
if (!unitOk && !unit?.numFailedTests) check("vitest run", false);

// The server's API tests once more, on PostgreSQL (the store's own tests already ran on both).
// Without a database they are skipped and say why, except in CI, where that fails: there a
// skipped run would pass unseen.
const inCi = !!process.env.CI && !["0", "false"].includes(process.env.CI.toLowerCase());
if (process.env.TEST_DATABASE_URL) {
  const apiOk = run(
    "API tests on PostgreSQL (vitest)",
    "npx",
    [
      "vitest",
      "run",
      "src/server",
      "--exclude",
      "src/server/store/**",
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${reports}/vitest-postgres-report.json`,
    ],
    { ...process.env, API_TESTS_STORE: "postgres" },
  );
  const api = readJson(`${reports}/vitest-postgres-report.json`);
  if (api) {
    passed += api.numPassedTests;
    failed += api.numFailedTests;
    if (api.numFailedTests) failures.push(`${api.numFailedTests} API test(s) on PostgreSQL`);
  }
  if (!apiOk && !api?.numFailedTests) check("API tests on PostgreSQL", false);
} else {
  const why = testDatabase?.skipped ?? "TEST_DATABASE_URL is not set";
  console.log(`\n=== API tests on PostgreSQL ===\nSkipped: ${why}`);
  if (inCi) check("API tests on PostgreSQL (CI must have a PostgreSQL test database)", false);
}

// The journeys use the database too (two app nodes on one PostgreSQL, e2e/two-nodes.spec.ts): they
// inherit TEST_DATABASE_URL, and a database made here is dropped only after them.
const e2eOk = run("Browser journeys (Playwright)", "node", ["scripts/run-playwright.mjs"]);
testDatabase?.drop?.();
const e2e = readJson(`${reports}/e2e-report.json`);
if (e2e) {
  const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
  passed += expected + flaky;
  failed += unexpected;
  if (unexpected) failures.push(`${unexpected} Playwright test(s)`);
}
if (!e2eOk && !e2e?.stats?.unexpected) check("playwright run", false);

console.log("");
if (failures.length) console.log(`Failed: ${failures.join("; ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
