import { describe, expect, it } from "vitest";
import { newProjectSchema } from "../../../../domain/project-input";
import { emptyForm, formFieldOf, missingFields, projectBody } from "./new-project-form";

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
  lat: "36.39",
  lng: "120.45",
};

describe("the 新建项目 form", () => {
  it("sends a record the server's schema accepts", () => {
    const parsed = newProjectSchema.safeParse(projectBody(filled, "project-0a1b2c3d"));
    expect(parsed.success).toBe(true);
  });
  it("names every empty field", () => {
    expect(missingFields(filled)).toEqual([]);
    expect(missingFields({ ...filled, name: " ", lat: "" })).toEqual(["name", "lat"]);
  });
  it("puts a server issue under the input it is about", () => {
    expect(formFieldOf("totalInvestment")).toBe("totalInvestment");
    expect(formFieldOf("streetEn")).toBe("street");
    expect(formFieldOf("location.lng")).toBe("lng");
    expect(formFieldOf("geometry.coordinates.0")).toBe("lng");
    expect(formFieldOf("geometry.coordinates.1")).toBe("lat");
    expect(formFieldOf("id")).toBeNull();
  });
});
