import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SiteSettings } from "../domain/site-settings";
import { readConfig } from "./config";
import { startServer } from "./start-server";
import { describeOnPostgres, testPostgresSchema } from "./store/test-stores";
import { seedDir } from "./test-server";

/** GET /api/settings from a fresh server started with these site settings (defaults without). */
async function settingsResponse(site?: SiteSettings): Promise<Response> {
  const dataDir = mkdtempSync(join(tmpdir(), "kp-settings-"));
  const server = await startServer({ dataDir, seedDir, port: 0, host: "127.0.0.1", site });
  try {
    const res = await fetch(`${server.url}/api/settings`);
    await res.clone().arrayBuffer();
    return res;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

describe("online basemap settings", () => {
  it("are off by default: offline basemap only, and no tile host in the CSP", async () => {
    const res = await settingsResponse();
    expect(await res.json()).toEqual({
      demo: true,
      anonymousRead: true,
      onlineTileLayers: [],
      publicUrl: null,
    });
    expect(res.headers.get("content-security-policy")).toContain("img-src 'self' data: blob:;");
  });

  it("admit the chosen layers' hosts when ONLINE_TILES names them", async () => {
    const config = readConfig({ ONLINE_TILES: "osm, amap", DATA_DIR: "x" }, "/tmp");
    expect(config.site.onlineTileLayers).toEqual(["osm", "amap"]);
    const res = await settingsResponse(config.site);
    expect(await res.json()).toMatchObject({ onlineTileLayers: ["osm", "amap"] });
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("https://tile.openstreetmap.org");
    expect(csp).toContain("https://*.is.autonavi.com");
    expect(csp).not.toContain("tianditu");
  });

  it("refuse an unknown layer, and 天地图 without its key, with a clear message", () => {
    expect(() => readConfig({ ONLINE_TILES: "google" }, "/tmp")).toThrow(
      'ONLINE_TILES: unknown layer "google"',
    );
    expect(() => readConfig({ ONLINE_TILES: "tianditu" }, "/tmp")).toThrow(/TIANDITU_KEY/);
    expect(readConfig({ ONLINE_TILES: "tianditu", TIANDITU_KEY: "k" }, "/tmp").site).toMatchObject({
      onlineTileLayers: ["tianditu"],
      tiandituKey: "k",
    });
  });
});

describe("TRUST_PROXY", () => {
  it("believes no proxy unless set; on means one, a number means that many", () => {
    expect(readConfig({}, "/tmp").trustProxy).toBe(0);
    for (const off of ["off", "false", "0", ""])
      expect(readConfig({ TRUST_PROXY: off }, "/tmp").trustProxy).toBe(0);
    for (const on of ["on", "true", "1", " ON "])
      expect(readConfig({ TRUST_PROXY: on }, "/tmp").trustProxy).toBe(1);
    expect(readConfig({ TRUST_PROXY: "2" }, "/tmp").trustProxy).toBe(2);
  });

  it("refuses anything else with a clear message", () => {
    for (const bad of ["10.0.0.1", "maybe", "-1", "12"])
      expect(() => readConfig({ TRUST_PROXY: bad }, "/tmp")).toThrow(/TRUST_PROXY must be on, off/);
  });
});

describe("PUBLIC_URL", () => {
  it("is served as publicUrl, as an origin without a trailing slash", async () => {
    const config = readConfig({ PUBLIC_URL: "http://192.168.1.20:8080/" }, "/tmp");
    expect(config.site.publicUrl).toBe("http://192.168.1.20:8080");
    const res = await settingsResponse(config.site);
    expect(await res.json()).toMatchObject({ publicUrl: "http://192.168.1.20:8080" });
  });

  it("is null when unset or blank", () => {
    expect(readConfig({}, "/tmp").site.publicUrl).toBeNull();
    expect(readConfig({ PUBLIC_URL: "  " }, "/tmp").site.publicUrl).toBeNull();
    expect(readConfig({ PUBLIC_URL: "https://xm.jimo.gov.cn" }, "/tmp").site.publicUrl).toBe(
      "https://xm.jimo.gov.cn",
    );
  });

  it.each([
    ["192.168.1.20:8080", "not an absolute URL"],
    ["dashboard", "not an absolute URL"],
    ["ftp://192.168.1.20", "only http or https"],
    ["http://admin:pw@192.168.1.20", "no user name or password"],
    ["http://192.168.1.20/dashboard", "no path, query or fragment"],
    ["http://192.168.1.20/?x=1", "no path, query or fragment"],
    ["http://192.168.1.20/#top", "no path, query or fragment"],
  ])("refuses %s with a message that says why", (value, why) => {
    expect(() => readConfig({ PUBLIC_URL: value }, "/tmp")).toThrow(why);
    expect(() => readConfig({ PUBLIC_URL: value }, "/tmp")).toThrow(/^PUBLIC_URL must be/);
  });
});

describe("DATABASE_URL", () => {
  it("is unset by default, a postgres:// address is read, anything else is refused without its password", () => {
    expect(readConfig({}, "/tmp").databaseUrl).toBeNull();
    const url = "postgres://kp:secret@db.example:5432/kp";
    expect(readConfig({ DATABASE_URL: url }, "/tmp").databaseUrl).toBe(url);
    expect(() => readConfig({ DATABASE_URL: "mysql://kp:secret@db/kp" }, "/tmp")).toThrow(
      /must be a PostgreSQL address.*"db\/kp"/,
    );
    expect(() => readConfig({ DATABASE_URL: "mysql://kp:secret@db/kp" }, "/tmp")).not.toThrow(
      /secret/,
    );
  });
});

describeOnPostgres("the server on DATABASE_URL", () => {
  it("serves from PostgreSQL, seeded there, and says so in its health check", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "kp-dburl-"));
    const pg = await testPostgresSchema();
    try {
      const server = await startServer({
        dataDir,
        seedDir,
        port: 0,
        host: "127.0.0.1",
        databaseUrl: pg.url,
        postgresSchema: pg.schema,
      });
      try {
        expect(server.seeded).toBe(true);
        const health = await (await fetch(`${server.url}/api/health`)).json();
        expect(health).toMatchObject({
          ok: true,
          projects: 18,
          store: "postgres",
          storeAnswers: true,
        });
      } finally {
        await server.close();
      }
      // Nothing of the store is written to DATA_DIR.
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      await pg.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
