import { randomUUID } from "node:crypto";
import pg from "pg";
import type { Change, ChangeRelay } from "./change-feed";

/**
 * PostgreSQL's channel the app's nodes talk on: one per schema, since notifications go to the whole
 * database and two deployments (or test servers) may keep their tables in two schemas of one.
 */
export const changeChannelOf = (schema: string) => `kp_changes:${schema}`;
const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

type Message = { node: string; change: Change };

const isMessage = (value: unknown): value is Message =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Message).node === "string" &&
  typeof (value as Message).change?.type === "string";

/**
 * Changes between nodes over PostgreSQL's LISTEN/NOTIFY: every node listens on one channel and
 * notifies it of its own changes, which the database hands to every listening node within
 * milliseconds. A node drops what it sent itself (its own clients have it already). While the
 * connection is down, changes can be missed both ways: after reconnecting, the node tells its own
 * clients and the other nodes to refetch everything.
 */
export function createPostgresRelay(
  databaseUrl: string,
  options: {
    retryMs?: number;
    onError?: (error: Error) => void;
    /** The connection is back after a loss (its pages have been told to refetch). */
    onRestored?: () => void;
    /** The store's schema when not the database's default (search_path), as the store opens it. */
    schema?: string;
  } = {},
): ChangeRelay & { readonly node: string } {
  const node = randomUUID();
  const retryMs = options.retryMs ?? 1_000;
  let client: pg.Client | null = null;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let deliver: (change: Change) => void = () => undefined;
  let missed: () => void = () => undefined;
  let channel = "";

  // One notification at a time on the connection, in order: pg wants a client's queries awaited.
  let sending: Promise<unknown> = Promise.resolve();
  const notify = (change: Change) => {
    const payload = JSON.stringify({ node, change } satisfies Message);
    const on = client;
    if (!on) return;
    sending = sending
      .then(() => on.query("SELECT pg_notify($1, $2)", [channel, payload]))
      .catch(() => {
        // The connection is going down: the reconnect's "refetch everything" covers this change.
      });
  };

  const connect = async (again: boolean): Promise<void> => {
    const next = new pg.Client({
      connectionString: databaseUrl,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    next.on("notification", (message) => {
      if (message.channel !== channel || !message.payload) return;
      try {
        const parsed: unknown = JSON.parse(message.payload);
        if (isMessage(parsed) && parsed.node !== node) deliver(parsed.change);
      } catch {
        // Not one of ours: ignore it.
      }
    });
    const lost = (error?: Error) => {
      if (client !== next) return;
      client = null;
      next.end().catch(() => undefined);
      if (error) options.onError?.(error);
      if (!closed) retry = setTimeout(() => void reconnect(), retryMs);
    };
    next.on("error", lost);
    next.on("end", () => lost());
    await next.connect();
    const { rows } = await next.query<{ schema: string }>("SELECT current_schema() AS schema");
    channel = changeChannelOf(rows[0]?.schema ?? "public");
    await next.query(`LISTEN ${quoted(channel)}`);
    client = next;
    if (again) {
      options.onRestored?.();
      missed();
      notify({ type: "all" });
    }
  };

  const reconnect = async () => {
    if (closed) return;
    try {
      await connect(true);
    } catch (error) {
      options.onError?.(error as Error);
      if (!closed) retry = setTimeout(() => void reconnect(), retryMs);
    }
  };

  return {
    node,
    send(change) {
      // "access" (a revoked token, an ended session) matters on every node: streams re-check.
      notify(change);
    },
    async start(onChange, onMissed) {
      deliver = onChange;
      missed = onMissed;
      await connect(false);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => undefined);
    },
  };
}
