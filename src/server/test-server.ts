import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startServer } from "./start-server";
import { testPostgresSchema } from "./store/test-stores";

export const repoRoot = resolve(import.meta.dirname, "../..");
export const seedDir = join(repoRoot, "data");

/** A real server on a free port with a fresh temporary store, for API tests. */
export async function startTestServer(options: { seedDir?: string; trustProxy?: number } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-api-"));
  // API_TESTS_STORE=postgres runs the API tests on PostgreSQL (a schema of its own per server).
  const pg = process.env.API_TESTS_STORE === "postgres" ? await testPostgresSchema() : null;
  const server = await startServer({
    dataDir,
    seedDir: options.seedDir ?? seedDir,
    port: 0,
    host: "127.0.0.1",
    trustProxy: options.trustProxy,
    databaseUrl: pg?.url,
    postgresSchema: pg?.schema,
  });
  return {
    ...server,
    dataDir,
    get: async (path: string, init?: RequestInit) => {
      const res = await fetch(`${server.url}${path}`, init);
      // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
      const body: any = await res.json();
      return { status: res.status, headers: res.headers, body };
    },
    close: async () => {
      await server.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
type Json = Record<string, any>;
export type Caller = ((
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<{ status: number; headers: Headers; body: Json }>) & {
  /** The headers it sends (cookie, CSRF token, bearer token). */
  headers: Record<string, string>;
};

/** Signs in and returns a caller that sends the session cookie and the CSRF token. */
export async function signIn(url: string, username: string, password: string): Promise<Caller> {
  const res = await fetch(`${url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status}`);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return caller(url, { cookie, "x-csrf-token": csrfToken });
}

/** A caller with fixed headers (e.g. a bearer token, or none at all). */
export function caller(url: string, fixed: Record<string, string> = {}): Caller {
  const call = async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: {
        ...fixed,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: Json = {};
    try {
      parsed = text ? (JSON.parse(text) as Json) : {};
    } catch {
      parsed = { text };
    }
    return { status: res.status, headers: res.headers, body: parsed };
  };
  return Object.assign(call, { headers: fixed });
}

/** A copy of the seed files to break on purpose. */
export function copySeed(): string {
  const dir = mkdtempSync(join(tmpdir(), "kp-seed-"));
  cpSync(seedDir, dir, { recursive: true });
  return dir;
}
