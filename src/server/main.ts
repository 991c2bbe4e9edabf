import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { ConfigError, readConfig } from "./config";
import { SeedDataError } from "./seed/load-seed-files";
import { startServer } from "./start-server";
import { StoreOpenError } from "./store/sql";

const root = resolve(import.meta.dirname, "../..");
const devMode = process.argv.includes("--dev");

async function main() {
  const config = readConfig(process.env, root);
  if (!devMode && !existsSync(join(config.clientDir, "index.html"))) {
    console.log("No client build found: building it once (vite build)…");
    const { build } = await import("vite");
    await build({ root, logLevel: "warn" });
  }
  const server = await startServer({
    dataDir: config.dataDir,
    seedDir: config.seedDir,
    port: config.port,
    host: config.host,
    clientDir: devMode ? undefined : config.clientDir,
    site: config.site,
    trustProxy: config.trustProxy,
    databaseUrl: config.databaseUrl,
  });
  if (server.seeded)
    console.log(
      `Seeded a new store ${config.databaseUrl ? "in PostgreSQL" : `in ${config.dataDir}`} from ${config.seedDir}`,
    );
  console.log(
    devMode
      ? `API (development) on ${server.url}/api — open the app at Vite's address`
      : `重点项目观摩 dashboard: ${server.url}/`,
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof SeedDataError ||
      error instanceof ConfigError ||
      error instanceof StoreOpenError
      ? `Refusing to start. ${error.message}`
      : error,
  );
  process.exit(1);
});
