import type { NewProjectBody } from "../../../api/project-admin";
import {
  createFields,
  numberOf,
  type PlaceDraft,
  type ProjectField,
  placeOf,
} from "../../../components/project-form/fields";

/** What the 新建项目 form asks for; everything else a record needs starts at its empty value. */
export type FormField = (typeof createFields)[number];
export type NewProjectForm = Record<FormField, string>;

export const emptyForm = Object.fromEntries(createFields.map((f) => [f, ""])) as NewProjectForm;

/** A fresh id: names are Chinese, ids are not, so a new project gets a random one. */
export const newProjectId = (random = crypto.getRandomValues(new Uint8Array(4))) =>
  `project-${Array.from(random, (b) => b.toString(16).padStart(2, "0")).join("")}`;

/**
 * The record the form sends. Names entered once serve both languages until someone translates
 * them; a new project has invested nothing yet and is at 前期. The place's marker point follows
 * its geometry.
 */
export function projectBody(
  form: NewProjectForm,
  id: string,
  place: PlaceDraft,
  confirmOutside = false,
): NewProjectBody {
  const at = placeOf(place) ?? {
    location: { lat: Number.NaN, lng: Number.NaN },
    geometry: { type: "Point" as const, coordinates: [Number.NaN, Number.NaN] as [number, number] },
  };
  const same = (value: string) => value.trim();
  return {
    id,
    name: same(form.name),
    nameEn: same(form.name),
    category: form.category,
    street: same(form.street),
    streetEn: same(form.street),
    ...at,
    developer: same(form.developer),
    developerEn: same(form.developer),
    responsibleUnit: same(form.responsibleUnit),
    responsibleUnitEn: same(form.responsibleUnit),
    leaderInCharge: same(form.leaderInCharge),
    leaderInChargeEn: same(form.leaderInCharge),
    totalInvestment: numberOf(form.totalInvestment),
    yearPlanInvestment: numberOf(form.yearPlanInvestment),
    cumulativeInvestment: 0,
    ytdInvestment: 0,
    stage: "preliminary",
    progress: 0,
    startDate: form.startDate,
    plannedCompletionDate: form.plannedCompletionDate,
    ...(confirmOutside ? { confirmOutside: true } : {}),
  };
}

/** Fields left empty (and a place not yet given), each named before anything is sent. */
export function missingFields(form: NewProjectForm, place: PlaceDraft): (FormField | "place")[] {
  const empty: (FormField | "place")[] = createFields.filter(
    (f: ProjectField) => (form as Record<string, string>)[f]?.trim() === "",
  ) as FormField[];
  const given = place.kind === "Point" ? place.lat.trim() && place.lng.trim() : placeOf(place);
  return given ? empty : [...empty, "place"];
}
