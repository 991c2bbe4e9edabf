import { describe, expect, it } from "vitest";
import seedFile from "../../../data/projects.json";
import type { ProjectRecord } from "../../domain/project";
import { matchesFilters } from "./export-tables";

const project = { ...seedFile.projects[1], category: "infrastructure" } as unknown as ProjectRecord;
const infra = { id: "infrastructure", name: "基础设施", nameEn: "Infrastructure" };

describe("exports honour the filters as the screen does", () => {
  it("finds a project by its category's name in either language", () => {
    expect(matchesFilters(project, { q: "基础设施" }, [infra])).toBe(true);
    expect(matchesFilters(project, { q: "infrastructure" }, [infra])).toBe(true);
    expect(matchesFilters(project, { q: "城市更新" }, [infra])).toBe(false);
    expect(matchesFilters(project, { cat: "infrastructure" })).toBe(true);
  });
});
