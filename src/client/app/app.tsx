import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Route, Switch, useLocation } from "wouter";
import { queryClient } from "../api/query-client";
import { commonMessages } from "../i18n/common-messages";
import { useMessages } from "../i18n/messages";
import { useLiveUpdates } from "../lib/use-live-updates";
import { LangSync } from "./lang-sync";
import { Layout } from "./layout";
import { PageTitle } from "./page-title";
import { NotFound } from "./routes/not-found";

// Each screen is its own chunk: the map and the charts load only where they are shown.
const OverviewRoute = lazy(() => import("./routes/overview-route"));
const MapRoute = lazy(() => import("./routes/map-route"));
const ProjectsRoute = lazy(() => import("./routes/projects-route"));
const ProjectDetailRoute = lazy(() => import("./routes/project-detail-route"));
const ResultsRoute = lazy(() => import("./routes/results-route"));
const SignInRoute = lazy(() => import("./routes/sign-in-route"));
const EvaluatorEntryRoute = lazy(() => import("./routes/evaluator-entry-route"));
const ScoreDeskRoute = lazy(() => import("./routes/score-desk-route"));
const LinkCardsRoute = lazy(() => import("./routes/link-cards-route"));
const SheetImportRoute = lazy(() => import("./routes/sheet-import-route"));
const DisplayRoute = lazy(() => import("./routes/display-route"));
const DisplayAdminRoute = lazy(() => import("./routes/display-admin-route"));

/** Open pages follow the server's changes (a sheet submitted elsewhere shows within a second). */
function LiveUpdates() {
  useLiveUpdates();
  return null;
}

function RouteFallback() {
  const t = useMessages(commonMessages);
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t("loading")}
    </div>
  );
}

/** The dashboard with its header and navigation; the wall screen stands on its own. */
function Shell() {
  const [location] = useLocation();
  if (location === "/display" || location.startsWith("/display/"))
    return (
      <Suspense fallback={null}>
        <DisplayRoute />
      </Suspense>
    );
  return (
    <>
      <LiveUpdates />
      <Layout>
        <Suspense fallback={<RouteFallback />}>
          <Switch>
            <Route path="/" component={OverviewRoute} />
            <Route path="/map" component={MapRoute} />
            <Route path="/projects" component={ProjectsRoute} />
            <Route path="/projects/:id" component={ProjectDetailRoute} />
            <Route path="/results" component={ResultsRoute} />
            <Route path="/sign-in" component={SignInRoute} />
            <Route path="/score/:token" component={EvaluatorEntryRoute} />
            <Route path="/entry" component={ScoreDeskRoute} />
            <Route path="/entry/links/print" component={LinkCardsRoute} />
            <Route path="/entry/import" component={SheetImportRoute} />
            <Route path="/entry/displays" component={DisplayAdminRoute} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </Layout>
    </>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LangSync />
      <PageTitle />
      <Shell />
    </QueryClientProvider>
  );
}
