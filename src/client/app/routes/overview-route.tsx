import { lazy, Suspense } from "react";
import { useCurrentEventId, useResults } from "../../api/events";
import { useProjects } from "../../api/projects";
import { OverviewPage } from "../../features/overview/overview-page";
import { useDashboardSearch } from "../../lib/dashboard-search";
import { filterProjects } from "../../lib/filter-projects";

// Leaflet is the heaviest piece of the first screen: it arrives after the figures.
const ProjectMap = lazy(() =>
  import("../../features/map/components/project-map").then((m) => ({ default: m.ProjectMap })),
);

function OverviewMap() {
  const { search, update } = useDashboardSearch();
  const projects = useProjects();
  const results = useResults(useCurrentEventId(search.event));
  if (!projects.data) return null;
  return (
    <Suspense fallback={<div className="overview__map-placeholder" />}>
      <ProjectMap
        projects={filterProjects(projects.data.projects, search)}
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
