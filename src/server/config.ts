import { resolve } from "node:path";
import { onlineTileLayerSchema, type SiteSettings } from "../domain/site-settings";

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
};

/** TRUST_PROXY: off (default), on (one proxy in front), or the number of proxies in front. */
export function readTrustProxy(value: string | undefined): number {
  const v = (value ?? "").trim().toLowerCase();
  if (["", "off", "false", "0", "no"].includes(v)) return 0;
  if (["on", "true", "yes"].includes(v)) return 1;
  if (/^[1-9]$/.test(v)) return Number(v);
  throw new Error(
    `TRUST_PROXY must be on, off or the number of reverse proxies in front (1–9), got "${value}"`,
  );
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
      throw new Error(`ONLINE_TILES: unknown layer "${name}" (use osm, amap or tianditu)`);
    return parsed.data;
  });
  const tiandituKey = env.TIANDITU_KEY || undefined;
  if (onlineTileLayers.includes("tianditu") && !tiandituKey)
    throw new Error("ONLINE_TILES includes tianditu: set TIANDITU_KEY to its browser key");
  const anonymous = env.ANONYMOUS_READ?.trim().toLowerCase();
  if (anonymous && !["on", "off", "true", "false", "1", "0"].includes(anonymous))
    throw new Error(`ANONYMOUS_READ must be on or off, got "${env.ANONYMOUS_READ}"`);
  // Reading without signing in: on in demo, off in production, unless set.
  const anonymousRead = anonymous ? ["on", "true", "1"].includes(anonymous) : !production;
  return {
    demo: !production,
    anonymousRead,
    onlineTileLayers,
    ...(tiandituKey ? { tiandituKey } : {}),
  };
}

/** Settings from the environment (see README): PORT, HOST, DATA_DIR, NODE_ENV, TRUST_PROXY. */
export function readConfig(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), got "${env.PORT}"`);
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
  };
}
