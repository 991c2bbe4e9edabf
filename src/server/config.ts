import { resolve } from "node:path";
import { onlineTileLayerSchema, type SiteSettings } from "../domain/site-settings";

/** A setting the server cannot start with; its message says which and how to fix it. */
export class ConfigError extends Error {}

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  seedDir: string;
  clientDir: string;
  production: boolean;
  site: SiteSettings;
  /** How many reverse proxies' X-Forwarded-* headers to believe; 0 (the default) believes none. */
  trustProxy: number;
  /** DATABASE_URL: PostgreSQL instead of the embedded store in dataDir; null when unset. */
  databaseUrl: string | null;
};

/** DATABASE_URL: unset (the embedded store), or a postgres:// address. */
export function readDatabaseUrl(value: string | undefined): string | null {
  const v = (value ?? "").trim();
  if (!v) return null;
  if (!/^postgres(ql)?:\/\//.test(v))
    throw new ConfigError(
      `DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/database), got "${v.split("@").at(-1)}"`,
    );
  return v;
}

/** TRUST_PROXY: off (default), on (one proxy in front), or the number of proxies in front. */
export function readTrustProxy(value: string | undefined): number {
  const v = (value ?? "").trim().toLowerCase();
  if (["", "off", "false", "0", "no"].includes(v)) return 0;
  if (["on", "true", "yes"].includes(v)) return 1;
  if (/^[1-9]$/.test(v)) return Number(v);
  throw new ConfigError(
    `TRUST_PROXY must be on, off or the number of reverse proxies in front (1–9), got "${value}"`,
  );
}

/**
 * PUBLIC_URL: the origin people reach the app at. Only scheme, host and port: a path, query or
 * credentials would end up in every printed QR card, and the app is served from the root anyway.
 */
export function readPublicUrl(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const fail = (why: string) =>
    new ConfigError(
      `PUBLIC_URL must be an address like http://192.168.1.20:8080 (${why}), got "${value}"`,
    );
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw fail("not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fail("only http or https");
  if (url.username || url.password) throw fail("no user name or password");
  if (url.pathname !== "/" || url.search || url.hash || /[?#]/.test(text))
    throw fail("no path, query or fragment");
  return url.origin;
}

/** ONLINE_TILES=osm,amap,tianditu (empty = offline basemap only); 天地图 also needs TIANDITU_KEY. */
function readSiteSettings(env: NodeJS.ProcessEnv, production: boolean): SiteSettings {
  const names = (env.ONLINE_TILES ?? "")
    .split(",")
    .map((n) => n.trim())
    .filter(Boolean);
  const onlineTileLayers = names.map((name) => {
    const parsed = onlineTileLayerSchema.safeParse(name);
    if (!parsed.success)
      throw new ConfigError(`ONLINE_TILES: unknown layer "${name}" (use osm, amap or tianditu)`);
    return parsed.data;
  });
  const tiandituKey = env.TIANDITU_KEY || undefined;
  if (onlineTileLayers.includes("tianditu") && !tiandituKey)
    throw new ConfigError("ONLINE_TILES includes tianditu: set TIANDITU_KEY to its browser key");
  const anonymous = env.ANONYMOUS_READ?.trim().toLowerCase();
  if (anonymous && !["on", "off", "true", "false", "1", "0"].includes(anonymous))
    throw new ConfigError(`ANONYMOUS_READ must be on or off, got "${env.ANONYMOUS_READ}"`);
  // Reading without signing in: on in demo, off in production, unless set.
  const anonymousRead = anonymous ? ["on", "true", "1"].includes(anonymous) : !production;
  return {
    demo: !production,
    anonymousRead,
    onlineTileLayers,
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    ...(tiandituKey ? { tiandituKey } : {}),
  };
}

/** Settings from the environment (see README): PORT, HOST, DATA_DIR, NODE_ENV, PUBLIC_URL, TRUST_PROXY, … */
export function readConfig(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`PORT must be a port number (0–65535), got "${env.PORT}"`);
  const production = env.NODE_ENV === "production";
  return {
    port,
    host: env.HOST || "127.0.0.1",
    dataDir: resolve(root, env.DATA_DIR || ".data"),
    seedDir: resolve(root, env.SEED_DIR || "data"),
    clientDir: resolve(root, "dist/client"),
    production,
    site: readSiteSettings(env, production),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    databaseUrl: readDatabaseUrl(env.DATABASE_URL),
  };
}
