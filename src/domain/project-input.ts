import { z } from "zod";
import { type LatLng, type ProjectRecord, projectRecordSchema } from "./project";

/** What the app records when a project is entered in a form rather than taken from the bulletin. */
export const enteredInTheApp: ProjectRecord["provenance"] = {
  facts: [],
  illustrative: [],
  locationApproximate: false,
};

/**
 * A new project: the record as the seed keeps it, without history (its reports, milestones and
 * problems start empty) and with provenance "entered in the app" unless given.
 */
export const newProjectSchema = projectRecordSchema.extend({
  milestones: projectRecordSchema.shape.milestones.default([]),
  reports: projectRecordSchema.shape.reports.default([]),
  problems: projectRecordSchema.shape.problems.default([]),
  provenance: projectRecordSchema.shape.provenance.default(enteredInTheApp),
  /** The user has seen that the place lies outside the district and keeps it. */
  confirmOutside: z.boolean().optional(),
});
export type NewProject = z.input<typeof newProjectSchema>;

/** An edit: every field of the record but its id and history, and a reason for a change of plan. */
export const projectEditSchema = projectRecordSchema
  .omit({ id: true, milestones: true, reports: true, problems: true })
  .partial()
  .extend({
    reason: z.string().trim().min(1).max(500).optional(),
    /** The user has seen that the place lies outside the district and keeps it. */
    confirmOutside: z.boolean().optional(),
  });
export type ProjectEdit = z.infer<typeof projectEditSchema>;

/** Changing the plan (投资计划, 计划竣工) is a decision someone must be able to explain later. */
export const planFields = [
  "totalInvestment",
  "yearPlanInvestment",
  "plannedCompletionDate",
] as const;

/** The plan fields an edit changes (same value again is no change). */
export function changedPlanFields(before: ProjectRecord, edit: ProjectEdit): string[] {
  return planFields.filter((f) => edit[f] !== undefined && edit[f] !== before[f]);
}

/**
 * Jimo District's bounding box (WGS-84), a little generous at the edges: a point outside it is
 * almost certainly a typo (swapped lat/lng, a digit off) and is flagged, not silently stored.
 */
export const districtBox = { south: 36.15, north: 36.7, west: 120.15, east: 121.05 } as const;

export function outsideDistrict({ lat, lng }: LatLng): boolean {
  const b = districtBox;
  return lat < b.south || lat > b.north || lng < b.west || lng > b.east;
}

/**
 * A place someone set by hand (on the map or typed) is no longer an approximate or illustrative
 * one: the provenance says so, unless the edit states its own. A re-import then leaves it alone.
 */
export function provenanceAfterEdit(
  before: ProjectRecord,
  edit: ProjectEdit,
): ProjectRecord["provenance"] {
  if (edit.provenance) return edit.provenance;
  const placed = edit.location !== undefined || edit.geometry !== undefined;
  if (!placed) return before.provenance;
  const placeFields = new Set(["location", "geometry"]);
  return {
    ...before.provenance,
    illustrative: before.provenance.illustrative.filter((f) => !placeFields.has(f)),
    locationApproximate: false,
  };
}
