import { type ComponentType, lazy } from "react";
import type { PageKey } from "./page-title";

export type AppRoute = { path: string; page: PageKey; component: ComponentType };

/**
 * The one table of the dashboard's routes: what each path shows and what its tab is called.
 * Each screen is its own chunk, so the map and the charts load only where they are shown.
 * The wall screen (/display) stands outside it: no header, and it names itself.
 */
export const appRoutes: AppRoute[] = [
  { path: "/", page: "overview", component: lazy(() => import("./routes/overview-route")) },
  { path: "/map", page: "map", component: lazy(() => import("./routes/map-route")) },
  { path: "/projects", page: "projects", component: lazy(() => import("./routes/projects-route")) },
  {
    path: "/projects/:id",
    page: "project",
    component: lazy(() => import("./routes/project-detail-route")),
  },
  {
    path: "/dispatch/:period",
    page: "dispatch",
    component: lazy(() => import("./routes/dispatch-route")),
  },
  {
    path: "/dispatch/:period/bulletin",
    page: "dispatchBulletin",
    component: lazy(() => import("./routes/dispatch-bulletin-route")),
  },
  { path: "/problems", page: "problems", component: lazy(() => import("./routes/problems-route")) },
  { path: "/review", page: "review", component: lazy(() => import("./routes/review-route")) },
  { path: "/results", page: "results", component: lazy(() => import("./routes/results-route")) },
  {
    path: "/results/bulletin",
    page: "bulletin",
    component: lazy(() => import("./routes/bulletin-route")),
  },
  { path: "/reports", page: "reports", component: lazy(() => import("./routes/reports-route")) },
  { path: "/sign-in", page: "signIn", component: lazy(() => import("./routes/sign-in-route")) },
  {
    path: "/score/:token",
    page: "score",
    component: lazy(() => import("./routes/evaluator-entry-route")),
  },
  { path: "/entry", page: "entry", component: lazy(() => import("./routes/score-desk-route")) },
  {
    path: "/entry/links/print",
    page: "linkCards",
    component: lazy(() => import("./routes/link-cards-route")),
  },
  {
    path: "/entry/import",
    page: "import",
    component: lazy(() => import("./routes/sheet-import-route")),
  },
  {
    path: "/entry/displays",
    page: "displays",
    component: lazy(() => import("./routes/display-admin-route")),
  },
  {
    path: "/admin/accounts",
    page: "accounts",
    component: lazy(() => import("./routes/accounts-route")),
  },
  {
    path: "/admin/events",
    page: "eventsAdmin",
    component: lazy(() => import("./routes/events-admin-route")),
  },
  {
    path: "/set-password/:token",
    page: "setPassword",
    component: lazy(() => import("./routes/set-password-route")),
  },
];

export const isWallRoute = (path: string) => path === "/display" || path.startsWith("/display/");
