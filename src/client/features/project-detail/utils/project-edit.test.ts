import { describe, expect, it } from "vitest";
import seed from "../../../../../data/projects.json";
import { projectsFileSchema } from "../../../../domain/project";
import { projectEditSchema } from "../../../../domain/project-input";
import { formOf, placeDraftOf } from "../../../components/project-form/fields";
import { editBody, planChanges } from "./project-edit";

const record = projectsFileSchema.parse(seed).projects[0];
if (!record) throw new Error("no seed project");

describe("the 编辑 form", () => {
  it("sends nothing when nothing changed", () => {
    expect(editBody(record, formOf(record), placeDraftOf(record))).toEqual({});
  });

  it("sends only the changed fields, numbers as numbers, and names the plan changes", () => {
    const form = { ...formOf(record), name: " 新名称 ", totalInvestment: "99", progress: "40" };
    const body = editBody(record, form, placeDraftOf(record));
    expect(body).toEqual({ name: "新名称", totalInvestment: 99, progress: 40 });
    expect(projectEditSchema.safeParse(body).success).toBe(true);
    expect(planChanges(record, body)).toEqual(["totalInvestment"]);
  });

  it("sends a moved place with its marker following the geometry", () => {
    const line = {
      kind: "LineString" as const,
      lat: "",
      lng: "",
      vertices: [
        [120.4, 36.3],
        [120.4, 36.4],
      ] as [number, number][],
    };
    const body = editBody(record, formOf(record), line);
    expect(body.geometry).toEqual({ type: "LineString", coordinates: line.vertices });
    expect(body.location).toEqual({ lat: 36.35, lng: 120.4 });
  });
});
