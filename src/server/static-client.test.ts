import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { staticClientRoutes } from "./static-client";

const dir = mkdtempSync(join(tmpdir(), "kp-client-"));
mkdirSync(join(dir, "assets"));
writeFileSync(join(dir, "index.html"), "<!doctype html><title>app</title>");
writeFileSync(join(dir, "assets", "index-abc123.js"), "console.log(1)");
mkdirSync(join(dir, "basemap"));
writeFileSync(join(dir, "basemap", "districts.geojson"), '{"type":"FeatureCollection"}');
const app = staticClientRoutes(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("serving the built client", () => {
  it("caches hashed assets for a year", async () => {
    const res = await app.request("/assets/index-abc123.js");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("answers client routes with index.html, revalidated every time", async () => {
    for (const path of ["/", "/map", "/projects/chery-qingdao-base?lang=en"]) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("<title>app</title>");
      expect(res.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("sends the basemap as GeoJSON, a type the app compresses", async () => {
    const res = await app.request("/basemap/districts.geojson");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/geo+json");
  });
});
