import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { testPostgresSchema } from "../store/test-stores";
import { type Change, createChangeFeed } from "./change-feed";
import { changeChannelOf, createPostgresRelay } from "./postgres-relay";

const databaseUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!databaseUrl)(
  "changes between nodes over PostgreSQL (needs TEST_DATABASE_URL)",
  () => {
    // A schema of this file's own: the channel is per schema, so other test servers on the same
    // database (in other schemas) are not heard here.
    let schema = "";
    let dropSchema = async () => undefined as unknown;
    beforeAll(async () => {
      ({ schema, drop: dropSchema } = await testPostgresSchema(databaseUrl));
    });
    afterAll(() => dropSchema());
    const channel = () => changeChannelOf(schema);
    const open: { close(): Promise<void> }[] = [];
    const node = async (retryMs = 100, inSchema = schema) => {
      const told = { restored: 0 };
      const relay = createPostgresRelay(databaseUrl as string, {
        retryMs,
        schema: inSchema,
        onRestored: () => {
          told.restored += 1;
        },
      });
      const feed = createChangeFeed(relay);
      const heard: Change[] = [];
      feed.subscribe((change) => heard.push(change));
      await feed.start();
      open.push(feed);
      return { feed, relay, heard, told };
    };
    afterEach(async () => {
      for (const feed of open.splice(0)) await feed.close();
    });

    it("a change published on one node reaches the other's listeners once, and its own once", async () => {
      const a = await node();
      const b = await node();
      const change: Change = { type: "sheets", eventId: "e1", projectId: "p1", evaluatorId: "e60" };
      a.feed.publish(change);
      await vi.waitFor(() => expect(b.heard).toEqual([change]), { timeout: 2_000 });
      b.feed.publish({ type: "projects" });
      await vi.waitFor(() => expect(a.heard).toEqual([change, { type: "projects" }]), {
        timeout: 2_000,
      });
      // Nobody hears their own change twice.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(a.heard).toHaveLength(2);
      expect(b.heard).toEqual([change, { type: "projects" }]);
    });

    it("a node whose connection is cut reconnects, and both sides are told to refetch everything", async () => {
      const a = await node();
      const b = await node();
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      try {
        // Cut b's listening connection, as a database restart or a network fault would.
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE pid <> pg_backend_pid() AND query = $1
         AND pid = (SELECT max(pid) FROM pg_stat_activity WHERE query = $1)`,
          [`LISTEN "${channel()}"`],
        );
      } finally {
        await admin.end();
      }
      await vi.waitFor(() => expect(b.heard).toContainEqual({ type: "all" }), { timeout: 5_000 });
      // The operator's log says it once it is back; a is never cut.
      expect(b.told.restored).toBe(1);
      expect(a.told.restored).toBe(0);
      await vi.waitFor(() => expect(a.heard).toContainEqual({ type: "all" }), { timeout: 5_000 });
      // And changes flow again after the reconnect.
      a.feed.publish({ type: "event", eventId: "e2" });
      await vi.waitFor(() => expect(b.heard).toContainEqual({ type: "event", eventId: "e2" }), {
        timeout: 2_000,
      });
    });

    it("what is not the app's message on the channel is ignored", async () => {
      const a = await node();
      const other = new pg.Client({ connectionString: databaseUrl });
      await other.connect();
      await other.query("SELECT pg_notify($1, $2)", [channel(), "not json"]);
      await other.query("SELECT pg_notify($1, $2)", [channel(), JSON.stringify({ x: 1 })]);
      await other.query("SELECT pg_notify($1, $2)", [
        channel(),
        JSON.stringify({ node: "elsewhere", change: { type: "projects" } }),
      ]);
      await other.end();
      await vi.waitFor(() => expect(a.heard).toEqual([{ type: "projects" }]), { timeout: 2_000 });
    });

    it("nodes on another schema of the same database are another deployment: not heard", async () => {
      const other = await testPostgresSchema(databaseUrl);
      try {
        const a = await node();
        const elsewhere = await node(100, other.schema);
        elsewhere.feed.publish({ type: "projects" });
        const b = await node();
        b.feed.publish({ type: "event", eventId: "e3" });
        await vi.waitFor(() => expect(a.heard).toEqual([{ type: "event", eventId: "e3" }]), {
          timeout: 2_000,
        });
        // Its own change only (a feed tells its own listeners too), not the other schema's.
        expect(elsewhere.heard).toEqual([{ type: "projects" }]);
      } finally {
        await other.drop();
      }
    });
  },
);
