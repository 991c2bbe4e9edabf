import type { ProjectSummary } from "../../domain/api-views";
import { type CategoryName, categoryName } from "../../domain/shared-messages";
import type { DashboardSearch } from "./dashboard-search";

/**
 * The projects the shared filters let through: by category, street, status and text. The text
 * also finds a project by its category's name in either language (`categories`: the district's).
 */
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
>(projects: readonly P[], search: DashboardSearch, categories: readonly CategoryName[] = []): P[] {
  const text = search.q?.trim().toLowerCase();
  const categoryWords = (id: string) => [
    categoryName(id, "zh", categories),
    categoryName(id, "en", categories),
  ];
  return projects.filter(
    (p) =>
      (!search.cat || p.category === search.cat) &&
      (!search.street || p.street === search.street) &&
      (!search.status || search.status.includes(p.status)) &&
      (!text ||
        [
          p.name,
          p.nameEn,
          p.street,
          p.streetEn,
          p.developer,
          p.responsibleUnit,
          ...categoryWords(p.category),
        ].some((field) => field.toLowerCase().includes(text))),
  );
}
