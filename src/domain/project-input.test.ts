import { describe, expect, it } from "vitest";
import seed from "../../data/projects.json";
import { projectRecordSchema } from "./project";
import {
  changedPlanFields,
  newProjectSchema,
  outsideDistrict,
  provenanceAfterEdit,
} from "./project-input";

const base = projectRecordSchema.parse(seed.projects[0]);

describe("project input", () => {
  it("a new project needs no history and is marked as entered in the app", () => {
    const { milestones: _m, reports: _r, problems: _p, provenance: _v, ...bare } = base;
    const parsed = newProjectSchema.parse({ ...bare, id: "new-one" });
    expect(parsed.reports).toEqual([]);
    expect(parsed.provenance).toEqual({ facts: [], illustrative: [], locationApproximate: false });
  });
  it("every seed project lies inside the district; a swapped point does not", () => {
    for (const p of seed.projects) expect(outsideDistrict(p.location), p.id).toBe(false);
    expect(outsideDistrict({ lat: 120.4885, lng: 36.3735 })).toBe(true);
  });
  it("names the plan fields an edit changes", () => {
    expect(changedPlanFields(base, { totalInvestment: base.totalInvestment, name: "x" })).toEqual(
      [],
    );
    expect(
      changedPlanFields(base, { totalInvestment: 13, plannedCompletionDate: "2024-06-30" }),
    ).toEqual(["totalInvestment", "plannedCompletionDate"]);
  });
});

describe("a place set by hand", () => {
  const imported = projectRecordSchema.parse({
    ...seed.projects[0],
    provenance: {
      facts: ["name"],
      illustrative: ["nameEn", "location", "geometry"],
      locationApproximate: true,
    },
  });
  it("is no longer approximate or illustrative", () => {
    const after = provenanceAfterEdit(imported, {
      location: { lat: 36.4, lng: 120.5 },
      geometry: { type: "Point", coordinates: [120.5, 36.4] },
    });
    expect(after).toEqual({
      facts: ["name"],
      illustrative: ["nameEn"],
      locationApproximate: false,
    });
  });
  it("leaves the provenance alone when the place does not change", () => {
    expect(provenanceAfterEdit(imported, { name: "新名称" })).toBe(imported.provenance);
  });
});
