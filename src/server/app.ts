import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { compress } from "hono/compress";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import {
  type OnlineTileLayer,
  type SiteSettings,
  siteSettingsSchema,
} from "../domain/site-settings";
import { apiDocument, documented } from "./api-doc";
import { apiError } from "./api-error";
import type { AppEnv } from "./auth/actor";
import { displayScope } from "./auth/display-scope";
import { credentialsStillValid, identify, readAccess } from "./auth/identify";
import { rememberRequestFacts, requestFacts } from "./auth/request-facts";
import { closeWhenBodyUnread } from "./close-unread";
import { accountRoutes } from "./routes/accounts";
import { bulletinRoutes } from "./routes/bulletin";
import { categoryRoutes } from "./routes/categories";
import { dispatchRoutes, projectLightRoutes } from "./routes/dispatch";
import { displayScreenRoutes } from "./routes/display-screens";
import { displayTokenRoutes } from "./routes/display-tokens";
import { doubleEntryRoutes } from "./routes/double-entry";
import { eventAdminRoutes } from "./routes/event-admin";
import { eventDraftRoutes } from "./routes/event-drafts";
import { eventRoutes } from "./routes/events";
import { liveRoutes } from "./routes/live";
import { passwordLinkRoutes } from "./routes/password-links";
import { problemRoutes, projectProblemRoutes } from "./routes/problems";
import { projectAdminRoutes } from "./routes/project-admin";
import { projectImportRoutes } from "./routes/project-import";
import { projectPlanRoutes } from "./routes/project-plans";
import { projectRoutes } from "./routes/projects";
import { qualityRoutes } from "./routes/quality";
import { reportRoutes } from "./routes/reports";
import { reviewRoutes } from "./routes/review";
import { roundTransferRoutes } from "./routes/round-transfer";
import { roundRoutes } from "./routes/rounds";
import { sessionRoutes } from "./routes/session";
import { sheetTransferRoutes } from "./routes/sheet-transfer";
import { sheetWriteRoutes } from "./routes/sheet-write";
import type { Services } from "./services";
import { staticClientRoutes } from "./static-client";

export type AppOptions = {
  services: Services;
  /** Folder of the built client; omitted in development (Vite serves it) and in API tests. */
  clientDir?: string;
  /** Deployment settings the browser needs. */
  site: SiteSettings;
  /** Reverse proxies in front whose X-Forwarded-* headers to believe (TRUST_PROXY); 0 = none. */
  trustProxy?: number;
};

/** Tile hosts that the content security policy admits, only for the layers a deployment allows. */
const tileHosts: Record<OnlineTileLayer, string> = {
  osm: "https://tile.openstreetmap.org",
  amap: "https://*.is.autonavi.com",
  tianditu: "https://*.tianditu.gov.cn",
};
const jsonLimit = bodyLimit({
  maxSize: 256 * 1024,
  onError: (c) => apiError(c, 413, "body_too_large", { limit: "256 KB" }),
});
const uploadLimit = bodyLimit({
  maxSize: 2 * 1024 * 1024 + 64 * 1024,
  onError: (c) => apiError(c, 413, "body_too_large", { limit: "2 MB" }),
});

const storeKindSchema = z.enum(["sqlite", "postgres"]);

/** The API routes, chained so their type can type the client (hc<ApiType>). */
export function createApi(services: Services, site: SiteSettings, trustProxy = 0) {
  const { store, feed } = services;
  // The document describes the app it is part of: made on first request, from the finished routes.
  const self: { api?: Hono<AppEnv>; document?: ReturnType<typeof apiDocument> } = {};
  const openApiDocument = () => {
    self.document ??= apiDocument(self.api as Hono<AppEnv>);
    return self.document;
  };
  const api = new Hono<AppEnv>()
    .use(rememberRequestFacts(trustProxy))
    .use(identify(services.accounts, services.tokens))
    .use(displayScope())
    // Spreadsheet imports may be up to 2 MB (plus the form's own bytes); everything else 256 KB.
    .use(async (c, next) =>
      c.req.path.endsWith("/import") ? uploadLimit(c, next) : jsonLimit(c, next),
    )
    .get(
      "/health",
      documented({
        summary: "Liveness and store check: which database the store is on, and whether it answers",
        description:
          "503 (ok false) when the store does not answer a query, so a load balancer takes this node out.",
        tags: ["meta"],
        answers: {
          200: z.object({
            ok: z.literal(true),
            projects: z.number().int(),
            asOf: z.string(),
            store: storeKindSchema,
            storeAnswers: z.literal(true),
          }),
          503: z.object({
            ok: z.literal(false),
            store: storeKindSchema,
            storeAnswers: z.literal(false),
          }),
        },
      }),
      async (c) => {
        const { kind, answers } = services.storeHealth;
        if (!(await answers())) return c.json({ ok: false, store: kind, storeAnswers: false }, 503);
        return c.json({
          ok: true,
          projects: await store.projectCount(),
          asOf: (await store.meta()).asOf,
          store: kind,
          storeAnswers: true,
        });
      },
    )
    .get(
      "/settings",
      documented({
        summary: "Deployment settings the browser needs (allowed online basemaps, public address)",
        tags: ["meta"],
        answers: { 200: siteSettingsSchema },
      }),
      (c) => c.json(site),
    )
    .get(
      "/openapi.json",
      documented({
        summary: "This document (OpenAPI 3.1)",
        tags: ["meta"],
        answers: {
          200: z.looseObject({ openapi: z.string(), paths: z.record(z.string(), z.unknown()) }),
        },
      }),
      async (c) => c.json(await openApiDocument()),
    )
    .route("/session", sessionRoutes(services.accounts, services.limiter, feed, store))
    .use(readAccess(site.anonymousRead))
    // Before the read routes: /projects/:id would take "import-template.xlsx" for an id.
    .route("/projects", projectImportRoutes(services))
    .route("/projects", projectRoutes(store))
    .route("/projects", projectAdminRoutes(services))
    .route("/categories", categoryRoutes(services))
    .route("/projects", projectLightRoutes(store))
    .route("/dispatch", dispatchRoutes(services))
    .route("/review", reviewRoutes(store))
    .route("/projects", reportRoutes(services))
    .route("/rounds", roundRoutes(services))
    .route("/projects", projectProblemRoutes(services))
    .route("/problems", problemRoutes(services))
    .route("/rounds", roundTransferRoutes(services))
    .route("/events", eventRoutes(store))
    .route("/events", sheetWriteRoutes(services))
    .route("/events", eventAdminRoutes(services))
    .route("/events", qualityRoutes(services))
    .route("/events", sheetTransferRoutes(services))
    .route("/events", doubleEntryRoutes(services))
    .route("/events", bulletinRoutes(services))
    .route("/events", eventDraftRoutes(services))
    .route("/display", displayScreenRoutes(services))
    .route("/accounts", accountRoutes(services))
    .route("/display-tokens", displayTokenRoutes(services.tokens, feed))
    .route("/live", liveRoutes(feed, credentialsStillValid(services.accounts, services.tokens)))
    .route("/password-links", passwordLinkRoutes(services))
    .route("/projects", projectPlanRoutes(services));
  self.api = api as unknown as Hono<AppEnv>;
  return api;
}
export type ApiType = ReturnType<typeof createApi>;

export function createApp({ services, clientDir, site, trustProxy = 0 }: AppOptions) {
  const app = new Hono();
  app.use("*", closeWhenBodyUnread());
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
        // No page needs a <base>, posts a form elsewhere, or is shown inside another site's frame
        // (a wall screen opens /display itself; this site may still frame its own pages).
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
      // Only over HTTPS (below): sent over plain HTTP it means nothing, and an intranet install
      // reached by address must not be told to insist on HTTPS it does not have.
      strictTransportSecurity: false,
    }),
  );
  app.use("*", async (c, next) => {
    await next();
    if (requestFacts(c, trustProxy).https)
      c.res.headers.set("Strict-Transport-Security", "max-age=15552000; includeSubDomains");
  });
  // Reads only: the live stream's events would wait in buffers, and compressing a write's small
  // answer would turn its strong ETag into a weak one that If-Match cannot use.
  app.use("*", async (c, next) =>
    c.req.method !== "GET" || c.req.path === "/api/live" ? next() : compress()(c, next),
  );
  // API answers carry personal data (the session's CSRF token, sheets, audit, links): no browser
  // or proxy may keep a copy. Errors and unknown API paths included, so one middleware for all;
  // only a successful answer that says otherwise itself (the project list: private, revalidated
  // by ETag) keeps its own.
  app.use("/api/*", async (c, next) => {
    await next();
    const own = c.res.headers.get("Cache-Control");
    if (!(own && (c.res.status === 200 || c.res.status === 304)))
      c.res.headers.set("Cache-Control", "no-store");
  });
  app.route("/api", createApi(services, site, trustProxy));
  app.all("/api/*", (c) => apiError(c, 404, "route_not_found", { path: c.req.path }));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status === 400)
      return apiError(c, 400, "invalid_json"); // the parser's own words stay here
    if (error instanceof HTTPException) return error.getResponse();
    console.error(error);
    return apiError(c, 500, "internal");
  });
  if (clientDir) app.route("/", staticClientRoutes(clientDir));
  return app;
}
