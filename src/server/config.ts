import { resolve } from "node:path";

export type ServerConfig = {
  port: number;
  host: string;
  dataDir: string;
  seedDir: string;
  clientDir: string;
  production: boolean;
};

/** Settings from the environment (see README): PORT, HOST, DATA_DIR, NODE_ENV. */
export function readConfig(env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number (0–65535), got "${env.PORT}"`);
  return {
    port,
    host: env.HOST || "127.0.0.1",
    dataDir: resolve(root, env.DATA_DIR || ".data"),
    seedDir: resolve(root, env.SEED_DIR || "data"),
    clientDir: resolve(root, "dist/client"),
    production: env.NODE_ENV === "production",
  };
}
