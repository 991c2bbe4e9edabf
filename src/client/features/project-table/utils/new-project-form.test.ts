import { describe, expect, it } from "vitest";
import { newProjectSchema } from "../../../../domain/project-input";
import { emptyPlace, fieldOfIssue } from "../../../components/project-form/fields";
import { emptyForm, missingFields, projectBody } from "./new-project-form";

const filled = {
  ...emptyForm,
  name: "某某新项目",
  category: "manufacturing",
  street: "通济街道",
  developer: "某公司",
  responsibleUnit: "通济街道办事处",
  leaderInCharge: "某领导",
  totalInvestment: "5",
  yearPlanInvestment: "2",
  startDate: "2023-03-01",
  plannedCompletionDate: "2024-12-31",
};
const point = { ...emptyPlace, lat: "36.39", lng: "120.45" };

describe("the 新建项目 form", () => {
  it("sends a record the server's schema accepts", () => {
    const parsed = newProjectSchema.safeParse(projectBody(filled, "project-0a1b2c3d", point));
    expect(parsed.success).toBe(true);
  });
  it("sends a drawn area with its marker at the centre", () => {
    const area = {
      kind: "Polygon" as const,
      lat: "",
      lng: "",
      vertices: [
        [120.4, 36.3],
        [120.5, 36.3],
        [120.5, 36.4],
        [120.4, 36.4],
      ] as [number, number][],
    };
    const body = projectBody(filled, "project-0a1b2c3d", area, true);
    expect(newProjectSchema.safeParse(body).success).toBe(true);
    expect(body.location).toEqual({ lat: 36.35, lng: 120.45 });
    expect(body.geometry.type).toBe("Polygon");
    expect(body.confirmOutside).toBe(true);
  });
  it("names every empty field and a missing place", () => {
    expect(missingFields(filled, point)).toEqual([]);
    expect(missingFields({ ...filled, name: " " }, { ...point, lat: "" })).toEqual([
      "name",
      "place",
    ]);
  });
  it("puts a server issue under the input it is about", () => {
    expect(fieldOfIssue("totalInvestment")).toBe("totalInvestment");
    expect(fieldOfIssue("streetEn")).toBe("streetEn");
    expect(fieldOfIssue("location.lng")).toBe("place");
    expect(fieldOfIssue("geometry.coordinates.0")).toBe("place");
    expect(fieldOfIssue("id")).toBeNull();
  });
});
