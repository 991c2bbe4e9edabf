import { createHash } from "node:crypto";
import { Hono } from "hono";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { onceByKey } from "./idempotency";
import { createIdempotencyStore, type IdempotencyStore } from "./store/idempotency-store";
import type { Store } from "./store/sql";
import { describeOnPostgres, forEachStore } from "./store/test-stores";

describe("onceByKey", () => {
  forEachStore((current) => {
    let store: Store;
    beforeEach(async () => {
      store = current();
      await sql`CREATE TABLE notes (text TEXT NOT NULL)`.execute(store.db);
    });

    /** A write route that stores its body's text as a note, once per Idempotency-Key. */
    function appWith(idempotency: IdempotencyStore) {
      return new Hono().put("/notes", async (c) => {
        const bodyText = await c.req.text();
        return onceByKey(c, idempotency, "user:test", bodyText, async () => {
          await sql`INSERT INTO notes (text) VALUES (${bodyText})`.execute(store.q());
          return { status: 201, body: { stored: bodyText } };
        });
      });
    }
    const put = (app: Hono, body: string, key?: string) =>
      app.request("/notes", {
        method: "PUT",
        body,
        headers: key ? { "idempotency-key": key } : {},
      });
    const notes = async () =>
      (
        await sql<{ text: string }>`SELECT text FROM notes ORDER BY text`.execute(store.db)
      ).rows.map((r) => r.text);

    it("answers a replay with the stored outcome and writes once", async () => {
      const app = appWith(createIdempotencyStore(store));
      const first = await put(app, "a", "k1");
      const again = await put(app, "a", "k1");
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(again.headers.get("Idempotent-Replayed")).toBe("true");
      expect(await again.json()).toEqual({ stored: "a" });
      expect(await notes()).toEqual(["a"]);
    });

    it("writes once when the same keyed write arrives twice at the same time", async () => {
      const app = appWith(createIdempotencyStore(store));
      const answers = await Promise.all([put(app, "a", "k1"), put(app, "a", "k1")]);
      expect(answers.map((a) => a.status)).toEqual([201, 201]);
      expect(answers.filter((a) => a.headers.get("Idempotent-Replayed")).length).toBe(1);
      expect(await notes()).toEqual(["a"]);
    });

    it("refuses the same key with another body, and writes without a key every time", async () => {
      const app = appWith(createIdempotencyStore(store));
      await put(app, "a", "k1");
      expect((await put(app, "b", "k1")).status).toBe(422);
      await put(app, "c");
      await put(app, "c");
      expect(await notes()).toEqual(["a", "c", "c"]);
    });

    it("keeps neither the write nor its outcome when the outcome cannot be saved", async () => {
      const real = createIdempotencyStore(store);
      const failing: IdempotencyStore = {
        ...real,
        save: () => Promise.reject(new Error("disk full")),
      };
      const failed = await put(appWith(failing), "a", "k1");
      expect(failed.status).toBe(500);
      expect(await notes()).toEqual([]);
      // The retry with the same key then writes, once.
      const retried = await put(appWith(real), "a", "k1");
      expect(retried.status).toBe(201);
      expect(retried.headers.get("Idempotent-Replayed")).toBeNull();
      expect(await notes()).toEqual(["a"]);
    });
  });
});

describeOnPostgres("onceByKey on PostgreSQL, with two nodes taking the same key", (open) => {
  it("rolls back the write that lost and answers with the outcome that won", async () => {
    const store = await open();
    try {
      await sql`CREATE TABLE notes (text TEXT NOT NULL)`.execute(store.db);
      const hash = createHash("sha256").update("PUT /notes\na").digest("hex");
      const app = new Hono().put("/notes", async (c) =>
        onceByKey(c, createIdempotencyStore(store), "user:test", await c.req.text(), async () => {
          await sql`INSERT INTO notes (text) VALUES ('mine')`.execute(store.q());
          // Meanwhile another node stores the same key and commits (store.db is outside this
          // transaction: another connection).
          await sql`INSERT INTO notes (text) VALUES ('theirs')`.execute(store.db);
          await store.db
            .insertInto("idempotency")
            .values({
              actor: "user:test",
              key: "k1",
              request_hash: hash,
              status: 201,
              response: JSON.stringify({ stored: "theirs" }),
              created_at: new Date().toISOString(),
            })
            .execute();
          return { status: 201, body: { stored: "mine" } };
        }),
      );
      const answer = await app.request("/notes", {
        method: "PUT",
        body: "a",
        headers: { "idempotency-key": "k1" },
      });
      expect(answer.status).toBe(201);
      expect(answer.headers.get("Idempotent-Replayed")).toBe("true");
      expect(await answer.json()).toEqual({ stored: "theirs" });
      const notes = await sql<{ text: string }>`SELECT text FROM notes`.execute(store.db);
      expect(notes.rows.map((r) => r.text)).toEqual(["theirs"]);
    } finally {
      await store.close();
    }
  });
});
