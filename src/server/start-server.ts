import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { SiteSettings } from "../domain/site-settings";
import { createApp } from "./app";
import { loadSeedFiles } from "./seed/load-seed-files";
import { openDatabase } from "./store/open-database";
import { createReadStore } from "./store/read-store";
import { isEmpty, seedStore } from "./store/seed-store";

export type StartOptions = {
  dataDir: string;
  seedDir: string;
  port: number;
  host: string;
  clientDir?: string;
  site?: SiteSettings;
};

/** Validates the seed, opens (and on first start seeds) the store, and serves the app. */
export async function startServer(options: StartOptions) {
  const seed = loadSeedFiles(options.seedDir);
  const db = openDatabase(options.dataDir);
  const seeded = isEmpty(db);
  if (seeded) seedStore(db, seed);
  const app = createApp({
    store: createReadStore(db),
    clientDir: options.clientDir,
    site: options.site,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(s),
    );
  });
  const address = server.address() as AddressInfo;
  const host = address.address.includes(":") ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    seeded,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          db.close();
          resolve();
        });
      }),
  };
}
