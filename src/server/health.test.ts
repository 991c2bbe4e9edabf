import { describe, expect, it } from "vitest";
import { createApp } from "./app";
import { loadSeedFiles } from "./seed/load-seed-files";
import { createServices } from "./services";
import { seedStore } from "./store/seed-store";
import { openTestSqlite } from "./store/test-stores";
import { seedDir } from "./test-server";

describe("GET /api/health when the store does not answer", () => {
  it("answers 503 with ok false, so a load balancer takes the node out", async () => {
    const store = await openTestSqlite();
    await seedStore(store, loadSeedFiles(seedDir));
    const app = createApp({
      services: createServices(store),
      site: { demo: true, anonymousRead: true, onlineTileLayers: [], publicUrl: null },
    });
    expect((await app.request("/api/health")).status).toBe(200);
    await store.close();
    const res = await app.request("/api/health");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false, store: "sqlite", storeAnswers: false });
  });
});
