import { lazy, Suspense } from "react";
import { OverviewPage } from "../../features/overview/overview-page";
import { useDashboardView } from "../../lib/use-dashboard-view";

// Leaflet is the heaviest piece of the first screen: it arrives after the figures.
const ProjectMap = lazy(() =>
  import("../../features/map/components/project-map").then((m) => ({ default: m.ProjectMap })),
);

function OverviewMap() {
  const { search, update, projects, results, shown } = useDashboardView();
  if (!projects.data) return null;
  return (
    <Suspense fallback={<div className="overview__map-placeholder" />}>
      <ProjectMap
        projects={shown}
        results={results.data?.results}
        selectedId={search.sel}
        onSelect={(id) => update({ sel: id })}
        colourBy={search.colour ?? "status"}
        className="overview__map-canvas"
      />
    </Suspense>
  );
}

export default function OverviewRoute() {
  return <OverviewPage map={<OverviewMap />} />;
}
