// `npm run bench:seed`: how long a first start takes to write the seed into an empty store:
// SQLite in a temporary directory, and PostgreSQL in a throwaway schema when DATABASE_URL (or
// TEST_DATABASE_URL: `node scripts/postgres-for-tests.mjs npm run bench:seed`) names a database.
// SEED_DIR picks the list (data/ by default; `npm run data:generate -- --projects N --out DIR`
// makes a city's), BENCH_RUNS how many times each is timed. Figures only.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadSeedFiles } from "../src/server/seed/load-seed-files";
import { seedStore } from "../src/server/store/seed-store";
import { openStore, type Store } from "../src/server/store/sql";
import { testPostgresSchema } from "../src/server/store/test-schema";

const seedDir = process.env.SEED_DIR || join(import.meta.dirname, "..", "data");
const runs = Number(process.env.BENCH_RUNS ?? 2);
const databaseUrl = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;

const ms = (n: number) => `${n.toFixed(0)} ms`;

let start = performance.now();
const data = loadSeedFiles(seedDir);
console.log(
  `Read and checked ${data.projects.projects.length} projects, ${data.sheets.length} sheets from ${seedDir} in ${ms(performance.now() - start)}`,
);

/** Opens an empty store, times seeding it, and removes it again. */
async function timeSeeding(open: () => Promise<{ store: Store; drop: () => Promise<void> }>) {
  const { store, drop } = await open();
  try {
    start = performance.now();
    await seedStore(store, data);
    return performance.now() - start;
  } finally {
    await store.close();
    await drop();
  }
}

const sqlite = async () => {
  const dir = mkdtempSync(join(tmpdir(), "kp-bench-seed-"));
  const store = await openStore({ dataDir: dir });
  return { store, drop: async () => rmSync(dir, { recursive: true, force: true }) };
};
const postgres = (url: string) => async () => {
  const { schema, drop } = await testPostgresSchema(url);
  const store = await openStore({ dataDir: "", databaseUrl: url, postgresSchema: schema });
  return { store, drop };
};

for (const [name, open] of [
  ["SQLite", sqlite],
  ...(databaseUrl ? ([["PostgreSQL", postgres(databaseUrl)]] as const) : []),
] as const) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeSeeding(open));
  console.log(`Seeding on ${name}: ${times.map(ms).join(", ")}`);
}
if (!databaseUrl) console.log("PostgreSQL not timed: DATABASE_URL is not set");
