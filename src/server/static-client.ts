import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { Hono, type MiddlewareHandler } from "hono";

/**
 * Hashed assets are cached for a year; HTML (the app shell) is revalidated every time so a new
 * deploy is picked up at once; other files (basemap, icons) for an hour.
 */
const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status !== 200) return;
  const html = c.res.headers.get("content-type")?.startsWith("text/html");
  // The service worker's script too: browsers check it for updates, which must see a new deploy.
  const value =
    html || c.req.path.endsWith("-sw.js")
      ? "no-cache"
      : c.req.path.startsWith("/assets/")
        ? "public, max-age=31536000, immutable"
        : "public, max-age=3600";
  c.res.headers.set("Cache-Control", value);
};

/**
 * The basemap's .geojson, which the static server does not know and would send as octet-stream:
 * named for what it is, so the app's compression takes it (175 KB, about a third gzipped).
 */
const geoJsonType: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status === 200 && c.req.path.endsWith(".geojson"))
    c.res.headers.set("Content-Type", "application/geo+json");
};

/** Serves the built client, and index.html for any other path so the client router takes it. */
export function staticClientRoutes(clientDir: string) {
  const indexPath = join(clientDir, "index.html");
  // Read once: the build does not change under a running server (a deploy restarts it).
  const indexHtml = existsSync(indexPath) ? readFileSync(indexPath, "utf8") : null;
  return new Hono()
    .use("*", cacheHeaders, geoJsonType, serveStatic({ root: clientDir }))
    .get("*", (c) => {
      if (!indexHtml) return c.text("Client not built. Run `npm run build`.", 503);
      return c.html(indexHtml);
    });
}
