import { Hono } from "hono";
import { compress } from "hono/compress";
import { secureHeaders } from "hono/secure-headers";
import type { OnlineTileLayer, SiteSettings } from "../domain/site-settings";
import { apiError } from "./api-error";
import { eventRoutes } from "./routes/events";
import { buildOpenApiDocument } from "./routes/openapi";
import { projectRoutes } from "./routes/projects";
import { staticClientRoutes } from "./static-client";
import type { ReadStore } from "./store/read-store";

export type AppOptions = {
  store: ReadStore;
  /** Folder of the built client; omitted in development (Vite serves it) and in API tests. */
  clientDir?: string;
  /** Deployment settings the browser needs; offline basemap only by default. */
  site?: SiteSettings;
};

/** Tile hosts that the content security policy admits, only for the layers a deployment allows. */
const tileHosts: Record<OnlineTileLayer, string> = {
  osm: "https://tile.openstreetmap.org",
  amap: "https://*.is.autonavi.com",
  tianditu: "https://*.tianditu.gov.cn",
};
const offlineOnly: SiteSettings = { onlineTileLayers: [] };

/** The API routes, chained so their type can type the client (hc<ApiType>). */
export function createApi(store: ReadStore, site: SiteSettings = offlineOnly) {
  const openApi = buildOpenApiDocument();
  return new Hono()
    .get("/health", (c) =>
      c.json({ ok: true, projects: store.listProjects().length, asOf: store.meta().asOf }),
    )
    .get("/settings", (c) => c.json(site))
    .get("/openapi.json", (c) => c.json(openApi))
    .route("/projects", projectRoutes(store))
    .route("/events", eventRoutes(store));
}
export type ApiType = ReturnType<typeof createApi>;

export function createApp({ store, clientDir, site = offlineOnly }: AppOptions) {
  const app = new Hono();
  app.use(
    "*",
    secureHeaders({
      // The app loads nothing from elsewhere: an intranet deployment must work offline.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", "data:", "blob:", ...site.onlineTileLayers.map((l) => tileHosts[l])],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
      },
    }),
  );
  app.use("*", compress());
  app.route("/api", createApi(store, site));
  app.all("/api/*", (c) => apiError(c, 404, "route_not_found", { path: c.req.path }));
  app.onError((error, c) => {
    console.error(error);
    return apiError(c, 500, "internal");
  });
  if (clientDir) app.route("/", staticClientRoutes(clientDir));
  return app;
}
