import { describe, expect, it } from "vitest";
import { filterProjects } from "./filter-projects";

const project = (id: string, category: string) => ({
  id,
  category,
  street: "蓝村街道",
  streetEn: "Lancun Subdistrict",
  status: "green" as const,
  name: `项目${id}`,
  nameEn: `Project ${id}`,
  developer: "建设主体",
  responsibleUnit: "责任单位",
});
const projects = [project("a", "manufacturing"), project("b", "infrastructure")];
const infra = { id: "infrastructure", name: "基础设施", nameEn: "Infrastructure" };

describe("filterProjects", () => {
  it("filters by any category the district has, not only the seed's", () => {
    expect(filterProjects(projects, { cat: "infrastructure" }).map((p) => p.id)).toEqual(["b"]);
  });
  it("finds a project by its category's name in either language", () => {
    for (const q of ["基础设施", "infrastr", "制造"])
      expect(
        filterProjects(projects, { q }, [infra]).map((p) => p.id),
        q,
      ).toEqual(q === "制造" ? ["a"] : ["b"]);
  });
});
