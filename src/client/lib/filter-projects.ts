import type { ProjectSummary } from "../../domain/api-views";
import type { DashboardSearch } from "./dashboard-search";

/** The projects the shared filters let through: by category, street, status and text. */
export function filterProjects<
  P extends Pick<
    ProjectSummary,
    | "category"
    | "street"
    | "status"
    | "name"
    | "nameEn"
    | "streetEn"
    | "developer"
    | "responsibleUnit"
  >,
>(projects: readonly P[], search: DashboardSearch): P[] {
  const text = search.q?.trim().toLowerCase();
  return projects.filter(
    (p) =>
      (!search.cat || p.category === search.cat) &&
      (!search.street || p.street === search.street) &&
      (!search.status || search.status.includes(p.status)) &&
      (!text ||
        [p.name, p.nameEn, p.street, p.streetEn, p.developer, p.responsibleUnit].some((field) =>
          field.toLowerCase().includes(text),
        )),
  );
}
