import type { NewProjectBody } from "../../../api/project-admin";

/** What the 新建项目 form asks for; everything else a record needs starts at its empty value. */
export type NewProjectForm = {
  name: string;
  category: string;
  street: string;
  developer: string;
  responsibleUnit: string;
  leaderInCharge: string;
  totalInvestment: string;
  yearPlanInvestment: string;
  startDate: string;
  plannedCompletionDate: string;
  lat: string;
  lng: string;
};
export type FormField = keyof NewProjectForm;

export const emptyForm: NewProjectForm = {
  name: "",
  category: "",
  street: "",
  developer: "",
  responsibleUnit: "",
  leaderInCharge: "",
  totalInvestment: "",
  yearPlanInvestment: "",
  startDate: "",
  plannedCompletionDate: "",
  lat: "",
  lng: "",
};

/** A fresh id: names are Chinese, ids are not, so a new project gets a random one. */
export const newProjectId = (random = crypto.getRandomValues(new Uint8Array(4))) =>
  `project-${Array.from(random, (b) => b.toString(16).padStart(2, "0")).join("")}`;

const number = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/**
 * The record the form sends. Names entered once serve both languages until someone translates
 * them; a new project has invested nothing yet and is at 前期.
 */
export function projectBody(form: NewProjectForm, id: string): NewProjectBody {
  const lat = number(form.lat);
  const lng = number(form.lng);
  const same = (value: string) => value.trim();
  return {
    id,
    name: same(form.name),
    nameEn: same(form.name),
    category: form.category,
    street: same(form.street),
    streetEn: same(form.street),
    location: { lat, lng },
    geometry: { type: "Point", coordinates: [lng, lat] },
    developer: same(form.developer),
    developerEn: same(form.developer),
    responsibleUnit: same(form.responsibleUnit),
    responsibleUnitEn: same(form.responsibleUnit),
    leaderInCharge: same(form.leaderInCharge),
    leaderInChargeEn: same(form.leaderInCharge),
    totalInvestment: number(form.totalInvestment),
    yearPlanInvestment: number(form.yearPlanInvestment),
    cumulativeInvestment: 0,
    ytdInvestment: 0,
    stage: "preliminary",
    progress: 0,
    startDate: form.startDate,
    plannedCompletionDate: form.plannedCompletionDate,
  };
}

/** Which form field a server issue (a path in the record) belongs to; null for the whole form. */
export function formFieldOf(path: string): FormField | null {
  const [head, second] = path.split(".");
  if (head === "location") return second === "lng" ? "lng" : "lat";
  if (head === "geometry") return path.endsWith(".0") ? "lng" : "lat";
  const base = head.replace(/En$/, "");
  return base in emptyForm ? (base as FormField) : null;
}

/** Fields left empty, each to be named under its own input before anything is sent. */
export function missingFields(form: NewProjectForm): FormField[] {
  return (Object.keys(emptyForm) as FormField[]).filter((f) => form[f].trim() === "");
}
