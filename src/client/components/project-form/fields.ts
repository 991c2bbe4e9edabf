import type { Position } from "../../../domain/district-boundary";
import type { Geometry, LatLng, ProjectRecord } from "../../../domain/project";
import {
  geometryFrom,
  type PlaceKind,
  representativePoint,
  verticesForEditing,
} from "../../../domain/project-place";

/** Every field of a project record a person types, as the inputs hold it (strings). */
export type ProjectForm = {
  name: string;
  nameEn: string;
  category: string;
  street: string;
  streetEn: string;
  developer: string;
  developerEn: string;
  responsibleUnit: string;
  responsibleUnitEn: string;
  leaderInCharge: string;
  leaderInChargeEn: string;
  totalInvestment: string;
  yearPlanInvestment: string;
  cumulativeInvestment: string;
  ytdInvestment: string;
  stage: string;
  progress: string;
  startDate: string;
  plannedCompletionDate: string;
};
export type ProjectField = keyof ProjectForm;

export type FieldKind = "text" | "number" | "date" | "category" | "stage";
/** How each field is typed: one definition for the create and the edit form. */
export const fieldKinds: Record<ProjectField, { kind: FieldKind; step?: string; wide?: boolean }> =
  {
    name: { kind: "text", wide: true },
    nameEn: { kind: "text", wide: true },
    category: { kind: "category" },
    street: { kind: "text" },
    streetEn: { kind: "text" },
    developer: { kind: "text" },
    developerEn: { kind: "text" },
    responsibleUnit: { kind: "text" },
    responsibleUnitEn: { kind: "text" },
    leaderInCharge: { kind: "text" },
    leaderInChargeEn: { kind: "text" },
    totalInvestment: { kind: "number", step: "0.0001" },
    yearPlanInvestment: { kind: "number", step: "0.0001" },
    cumulativeInvestment: { kind: "number", step: "0.0001" },
    ytdInvestment: { kind: "number", step: "0.0001" },
    stage: { kind: "stage" },
    progress: { kind: "number", step: "1" },
    startDate: { kind: "date" },
    plannedCompletionDate: { kind: "date" },
  };

/** What 新建项目 asks for (names once; a new project has invested nothing and is at 前期). */
export const createFields: ProjectField[] = [
  "name",
  "category",
  "street",
  "developer",
  "responsibleUnit",
  "leaderInCharge",
  "totalInvestment",
  "yearPlanInvestment",
  "startDate",
  "plannedCompletionDate",
];
/** What 编辑 shows: every field of the record. */
export const editFields = Object.keys(fieldKinds) as ProjectField[];

export const numberOf = (value: string) => (value.trim() === "" ? Number.NaN : Number(value));

/** A place being picked: the kind, the typed point (for a point) and the clicked vertices. */
export type PlaceDraft = { kind: PlaceKind; lat: string; lng: string; vertices: Position[] };
export const emptyPlace: PlaceDraft = { kind: "Point", lat: "", lng: "", vertices: [] };

export function placeDraftOf(record: Pick<ProjectRecord, "location" | "geometry">): PlaceDraft {
  return {
    kind: record.geometry.type,
    lat: String(record.location.lat),
    lng: String(record.location.lng),
    vertices: verticesForEditing(record.geometry),
  };
}

/**
 * The place a draft describes, with the representative point following the geometry; a point is
 * whatever was typed (NaN for the server to refuse by field). Null for a line or area still
 * short of vertices.
 */
export function placeOf(draft: PlaceDraft): { location: LatLng; geometry: Geometry } | null {
  if (draft.kind === "Point") {
    const lat = numberOf(draft.lat);
    const lng = numberOf(draft.lng);
    return { location: { lat, lng }, geometry: { type: "Point", coordinates: [lng, lat] } };
  }
  const geometry = geometryFrom(draft.kind, draft.vertices);
  return geometry && { location: representativePoint(geometry), geometry };
}

/** A clicked or typed vertex: a point replaces the one before, a line or area grows by one. */
export function addVertex(draft: PlaceDraft, [lng, lat]: Position): PlaceDraft {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const v: Position = [round(lng), round(lat)];
  if (draft.kind === "Point")
    return { ...draft, lat: String(v[1]), lng: String(v[0]), vertices: [v] };
  return { ...draft, vertices: [...draft.vertices, v] };
}

/** Vertices as the text box shows them: "lat, lng" per line. */
export const verticesText = (vertices: Position[]) =>
  vertices.map(([lng, lat]) => `${lat}, ${lng}`).join("\n");

/** Typed vertices back, or the 1-based line that is not "lat, lng". */
export function parseVertices(text: string): Position[] | { badLine: number } {
  const out: Position[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (!line) continue;
    const parts = line
      .split(/[,，\s]+/)
      .filter(Boolean)
      .map(Number);
    const [lat, lng] = parts;
    if (parts.length !== 2 || !Number.isFinite(lat) || !Number.isFinite(lng))
      return { badLine: i + 1 };
    out.push([lng as number, lat as number]);
  }
  return out;
}

/** The form a record fills in. */
export function formOf(p: ProjectRecord): ProjectForm {
  const s = (v: string | number) => String(v);
  return {
    name: p.name,
    nameEn: p.nameEn,
    category: p.category,
    street: p.street,
    streetEn: p.streetEn,
    developer: p.developer,
    developerEn: p.developerEn,
    responsibleUnit: p.responsibleUnit,
    responsibleUnitEn: p.responsibleUnitEn,
    leaderInCharge: p.leaderInCharge,
    leaderInChargeEn: p.leaderInChargeEn,
    totalInvestment: s(p.totalInvestment),
    yearPlanInvestment: s(p.yearPlanInvestment),
    cumulativeInvestment: s(p.cumulativeInvestment),
    ytdInvestment: s(p.ytdInvestment),
    stage: p.stage,
    progress: s(p.progress),
    startDate: p.startDate,
    plannedCompletionDate: p.plannedCompletionDate,
  };
}

/** A field's value as the record keeps it (numbers as numbers, text trimmed). */
export function recordValue(field: ProjectField, value: string): string | number {
  return fieldKinds[field].kind === "number" ? numberOf(value) : value.trim();
}

/** Which field a server issue (a path in the record) belongs to: a form field, the place, or null. */
export function fieldOfIssue(path: string): ProjectField | "place" | null {
  const [head] = path.split(".");
  if (head === "location" || head === "geometry") return "place";
  return head && head in fieldKinds ? (head as ProjectField) : null;
}
