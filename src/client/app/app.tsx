import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
import { Route, Switch } from "wouter";
import { commonMessages } from "../i18n/common-messages";
import { useMessages } from "../i18n/messages";
import { createQueryClient } from "../lib/query-client";
import { LangSync } from "./lang-sync";
import { Layout } from "./layout";
import { NotFound } from "./routes/not-found";

// Each screen is its own chunk: the map and the charts load only where they are shown.
const OverviewRoute = lazy(() => import("./routes/overview-route"));
const MapRoute = lazy(() => import("./routes/map-route"));
const ProjectsRoute = lazy(() => import("./routes/projects-route"));
const ProjectDetailRoute = lazy(() => import("./routes/project-detail-route"));
const ResultsRoute = lazy(() => import("./routes/results-route"));

function RouteFallback() {
  const t = useMessages(commonMessages);
  return (
    <div className="state state--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t("loading")}
    </div>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <LangSync />
      <Layout>
        <Suspense fallback={<RouteFallback />}>
          <Switch>
            <Route path="/" component={OverviewRoute} />
            <Route path="/map" component={MapRoute} />
            <Route path="/projects" component={ProjectsRoute} />
            <Route path="/projects/:id" component={ProjectDetailRoute} />
            <Route path="/results" component={ResultsRoute} />
            <Route component={NotFound} />
          </Switch>
        </Suspense>
      </Layout>
    </QueryClientProvider>
  );
}
