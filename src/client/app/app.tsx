import { QueryClientProvider } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { Route, Switch, useLocation } from "wouter";
import { queryClient } from "../api/query-client";
import { commonMessages } from "../i18n/common-messages";
import { useMessages } from "../i18n/messages";
import { useLiveUpdates } from "../lib/use-live-updates";
import { appRoutes, isWallRoute } from "./app-routes";
import { LangSync } from "./lang-sync";
import { Layout } from "./layout";
import { PageTitle } from "./page-title";
import { NotFound } from "./routes/not-found";

const DisplayRoute = lazy(() => import("./routes/display-route"));

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
  if (isWallRoute(location))
    return (
      <Suspense fallback={null}>
        <DisplayRoute />
      </Suspense>
    );
  return (
    <>
      <LiveUpdates />
      <Layout>
        <Switch>
          {appRoutes.map(({ path, page, component: Screen }) => (
            <Route key={path} path={path}>
              <PageTitle page={page} />
              <Suspense fallback={<RouteFallback />}>
                <Screen />
              </Suspense>
            </Route>
          ))}
          <Route>
            <PageTitle page="notFound" />
            <NotFound />
          </Route>
        </Switch>
      </Layout>
    </>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LangSync />
      <Shell />
    </QueryClientProvider>
  );
}
