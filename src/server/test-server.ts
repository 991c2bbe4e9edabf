import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Compilable } from "kysely";
import { startServer } from "./start-server";
import { openStore, type Store } from "./store/sql";
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
  // A second connection to the same store, for tests that check what was written (audit records,
  // rows) without going through the server; opened on first use, closed with the server.
  let second: Promise<Store> | null = null;
  return {
    ...server,
    dataDir,
    secondStore: () => {
      second ??= openStore({ dataDir, databaseUrl: pg?.url, postgresSchema: pg?.schema });
      return second;
    },
    get: async (path: string, init?: RequestInit) => {
      const res = await fetch(`${server.url}${path}`, init);
      // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies freely
      const body: any = await res.json();
      return { status: res.status, headers: res.headers, body };
    },
    close: async () => {
      await (await second)?.close();
      await server.close();
      await pg?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a read on a store at once, for a test that checks what another connection sees at the
 * moment a change is announced: synchronously on SQLite (nothing else runs before it answers), sent
 * straight away on PostgreSQL.
 */
export function readNow<R>(store: Store, query: Compilable<R>): Promise<R[]> {
  const compiled = query.compile();
  if (store.raw)
    return Promise.resolve(store.raw.prepare(compiled.sql).all(...compiled.parameters) as R[]);
  return store.db.executeQuery(compiled).then((result) => result.rows);
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
