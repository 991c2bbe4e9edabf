import { useMemo } from "react";
import { useCurrentEventId, useEvents, useResults } from "../api/events";
import { useCategories } from "../api/project-admin";
import { useProjects } from "../api/projects";
import { useDashboardSearch } from "./dashboard-search";
import { filterProjects } from "./filter-projects";

/**
 * What every dashboard page starts from: the linkable view state (filters, selection, event), the
 * event it shows (the one the address names, else the default by the one rule), all projects,
 * the event's results, and the projects the filters let through.
 */
export function useDashboardView() {
  const { search, update, errors } = useDashboardSearch();
  const events = useEvents();
  const eventId = useCurrentEventId(search.event);
  const projects = useProjects();
  const results = useResults(eventId);
  const categories = useCategories().data?.categories;
  const all = projects.data?.projects;
  // Only the filters count: a new sort or selection in the address must not make a new list (a
  // new list makes every table and chart over thousands of projects work it out again).
  const { cat, street, status, q } = search;
  const statusKey = status?.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: statusKey stands for status
  const shown = useMemo(
    () => (all ? filterProjects(all, { cat, street, status, q }, categories) : []),
    [all, cat, street, statusKey, q, categories],
  );
  const shownIds = useMemo(() => new Set(shown.map((p) => p.id)), [shown]);
  return { search, update, errors, eventId, events, projects, results, shown, shownIds };
}
