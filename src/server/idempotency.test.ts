import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { onceByKey } from "./idempotency";
import { createIdempotencyStore, type IdempotencyStore } from "./store/idempotency-store";
import { type Db, openDatabase } from "./store/open-database";

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "kp-idem-"));
  db = openDatabase(dir);
  db.exec("CREATE TABLE notes (text TEXT NOT NULL)");
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A write route that stores its body's text as a note, once per Idempotency-Key. */
function appWith(store: IdempotencyStore) {
  const insert = db.prepare("INSERT INTO notes (text) VALUES (?)");
  return new Hono().put("/notes", async (c) => {
    const bodyText = await c.req.text();
    return onceByKey(c, store, "user:test", bodyText, () => {
      insert.run(bodyText);
      return { status: 201, body: { stored: bodyText } };
    });
  });
}
const put = (app: Hono, body: string, key?: string) =>
  app.request("/notes", { method: "PUT", body, headers: key ? { "idempotency-key": key } : {} });
const notes = () =>
  (db.prepare("SELECT text FROM notes").all() as { text: string }[]).map((r) => r.text);

describe("onceByKey", () => {
  it("answers a replay with the stored outcome and writes once", async () => {
    const app = appWith(createIdempotencyStore(db));
    const first = await put(app, "a", "k1");
    const again = await put(app, "a", "k1");
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await again.json()).toEqual({ stored: "a" });
    expect(notes()).toEqual(["a"]);
  });

  it("refuses the same key with another body, and writes without a key every time", async () => {
    const app = appWith(createIdempotencyStore(db));
    await put(app, "a", "k1");
    expect((await put(app, "b", "k1")).status).toBe(422);
    await put(app, "c");
    await put(app, "c");
    expect(notes()).toEqual(["a", "c", "c"]);
  });

  it("keeps neither the write nor its outcome when the outcome cannot be saved", async () => {
    const real = createIdempotencyStore(db);
    const failing: IdempotencyStore = {
      ...real,
      save: () => {
        throw new Error("disk full");
      },
    };
    const failed = await put(appWith(failing), "a", "k1");
    expect(failed.status).toBe(500);
    expect(notes()).toEqual([]);
    // The retry with the same key then writes, once.
    const retried = await put(appWith(real), "a", "k1");
    expect(retried.status).toBe(201);
    expect(retried.headers.get("Idempotent-Replayed")).toBeNull();
    expect(notes()).toEqual(["a"]);
  });
});
