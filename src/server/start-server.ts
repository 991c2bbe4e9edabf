import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { SiteSettings } from "../domain/site-settings";
import { createApp } from "./app";
import { ensureDemoAccounts, remainingDemoAccounts } from "./auth/demo-accounts";
import { createPostgresRelay } from "./live/postgres-relay";
import { loadSeedFiles } from "./seed/load-seed-files";
import { createServices } from "./services";
import { isEmpty, seedStore } from "./store/seed-store";
import { openStore } from "./store/sql";
import { markStoreOpen } from "./store/store-in-use";
import { oneNodeAtATime } from "./store/transaction-lock";

export type StartOptions = {
  dataDir: string;
  seedDir: string;
  port: number;
  host: string;
  clientDir?: string;
  /** Demo mode (the default) unless production settings are given. */
  site?: SiteSettings;
  /** Reverse proxies in front whose X-Forwarded-* headers to believe (TRUST_PROXY); none by default. */
  trustProxy?: number;
  /** DATABASE_URL: refused until the PostgreSQL store serves (see store/sql). */
  databaseUrl?: string | null;
  /** On PostgreSQL, a schema of its own instead of the database's default (tests). */
  postgresSchema?: string;
};

const demoSite: SiteSettings = {
  demo: true,
  anonymousRead: true,
  onlineTileLayers: [],
  publicUrl: null,
};

/**
 * What an operator reads when live changes between nodes stop and start again: one line when the
 * connection is lost (not one per retry), one when it is back.
 */
function relayLog() {
  let down = false;
  return {
    onError(error: Error) {
      if (!down)
        console.error(
          `Live changes between nodes: lost PostgreSQL's connection (${error.message}); retrying every second.`,
        );
      down = true;
    },
    onRestored() {
      if (down)
        console.error("Live changes between nodes: connected again; pages refetch what they show.");
      down = false;
    },
  };
}

/**
 * Opens the store and serves the app. On the first start (an empty store) the seed files are
 * validated and written in; later starts do not read them, so a list of tens of thousands of
 * projects costs its parsing once, not at every start.
 */
export async function startServer(options: StartOptions) {
  const site = options.site ?? demoSite;
  const sqlStore = await openStore({
    dataDir: options.dataDir,
    databaseUrl: options.databaseUrl,
    postgresSchema: options.postgresSchema,
  });
  // A restore checks for it: only the embedded store lives in DATA_DIR.
  const released = sqlStore.kind === "sqlite" ? markStoreOpen(options.dataDir) : () => undefined;
  const closeStore = async () => {
    await sqlStore.close();
    released();
  };
  const relay = options.databaseUrl
    ? createPostgresRelay(options.databaseUrl, { schema: options.postgresSchema, ...relayLog() })
    : undefined;
  const services = createServices(sqlStore, relay);
  let seeded = false;
  try {
    // Two nodes started at once on one empty database: one seeds and writes the defaults, the
    // other waits and finds them done.
    seeded = await oneNodeAtATime(sqlStore, "startup", async () => {
      const empty = await isEmpty(sqlStore);
      if (empty) await seedStore(sqlStore, loadSeedFiles(options.seedDir));
      // The seed's periods are closed rounds, in a new store and in one made before rounds existed.
      await services.reports.ensureSeedRounds();
      if (site.demo) await ensureDemoAccounts(services.accounts);
      else {
        const demo = await remainingDemoAccounts(services.accounts);
        if (demo.length)
          throw new Error(
            `Refusing to run in production: demo accounts still sign in with their demo passwords (${demo.join(", ")}). ` +
              "Set new passwords with `npm run user:add -- --username NAME --role ROLE --reset`.",
          );
      }
      return empty;
    });
    await services.feed.start();
  } catch (error) {
    await services.feed.close();
    await closeStore();
    throw error;
  }
  const app = createApp({
    services,
    clientDir: options.clientDir,
    site,
    trustProxy: options.trustProxy ?? 0,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(s),
    );
  });
  // Idle keep-alive connections stay open longer than a proxy's (nginx, load balancers: 60 s) or a
  // client's pause between two requests: closing them at Node's 5 s races a request already sent
  // on the socket, which then fails with a connection reset.
  if ("keepAliveTimeout" in server) {
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
  }
  const address = server.address() as AddressInfo;
  const host = address.address.includes(":") ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    seeded,
    services,
    close: () =>
      new Promise<void>((resolve) => {
        // Live (SSE) connections stay open by design: end them so close() can finish.
        if ("closeAllConnections" in server) server.closeAllConnections();
        server.close(() => {
          services.feed.close().then(closeStore).then(resolve);
        });
      }),
  };
}
