import type { Evaluator, InspectionEvent } from "../../../domain/scoring-schemas";
import type { EventEditBody } from "../../api/event-drafts";

/** The editor's state: numbers stay as typed until saved, so nothing a person typed is lost. */
export type DraftForm = {
  name: string;
  date: string;
  venue: string;
  projectIds: string[];
  criteria: { id: string; name: string; nameEn: string; max: string }[];
  groups: { id: string; name: string; nameEn: string; weight: string }[];
  trimMinSheets: string;
  weightByGroup: boolean;
  scoreWeight: string;
  roster: {
    key: string;
    id?: string;
    label: string;
    name: string;
    groupId: string;
    unit: string;
  }[];
  recusals: { evaluatorId: string; projectId: string; reason: string }[];
};

let rowCount = 0;
/** A React key for a row not yet saved. */
export const rowKey = () => `row-${++rowCount}`;

/** An unused key such as c5 or g4 for a new criterion or group (keys name JSON fields). */
export function freshKey(prefix: string, taken: readonly { id: string }[]): string {
  const ids = new Set(taken.map((t) => t.id));
  let n = taken.length + 1;
  while (ids.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A form from an event; a new one takes only the template's scheme, groups and rules. */
export function formFrom(
  event: InspectionEvent,
  evaluators: readonly Evaluator[],
  asTemplate: boolean,
): DraftForm {
  return {
    name: asTemplate ? "" : event.name,
    date: asTemplate ? "" : event.date,
    venue: asTemplate ? "" : event.venue,
    projectIds: asTemplate ? [] : [...event.projectIds],
    criteria: event.scheme.criteria.map((c) => ({ ...c, max: String(c.max) })),
    groups: event.groups.map((g) => ({ ...g, weight: String(g.weight) })),
    trimMinSheets: String(event.rules.trimMinSheets),
    weightByGroup: event.rules.weightByGroup,
    scoreWeight: String(event.rules.scoreWeight),
    roster: asTemplate
      ? []
      : evaluators.map((e) => ({
          key: e.id,
          id: e.id,
          label: e.label,
          name: e.name ?? "",
          groupId: e.groupId,
          unit: e.unit ?? "",
        })),
    recusals: asTemplate ? [] : (event.recusals ?? []).map((r) => ({ ...r })),
  };
}

/** A number as typed; what is not one goes to the server as null, which names the field. */
const num = (value: string) => {
  const n = Number(value.trim().replace(/，/g, "."));
  return value.trim() === "" || !Number.isFinite(n) ? (null as unknown as number) : n;
};
const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/** The body of a POST or PUT: every field of the draft. */
export function bodyOf(form: DraftForm): Required<Omit<EventEditBody, "nameEn" | "venueEn">> {
  const scoreWeight = num(form.scoreWeight);
  return {
    name: form.name.trim(),
    date: form.date,
    venue: form.venue.trim(),
    projectIds: form.projectIds,
    scheme: {
      criteria: form.criteria.map((c) => ({
        id: c.id,
        name: c.name.trim(),
        nameEn: c.nameEn.trim() || c.name.trim(),
        max: num(c.max),
      })),
    },
    groups: form.groups.map((g) => ({
      id: g.id,
      name: g.name.trim(),
      nameEn: g.nameEn.trim() || g.name.trim(),
      weight: num(g.weight),
    })),
    rules: {
      trimMinSheets: num(form.trimMinSheets),
      weightByGroup: form.weightByGroup,
      scoreWeight,
      satisfactionWeight:
        scoreWeight === null
          ? (null as unknown as number)
          : Math.round((1 - scoreWeight) * 1e6) / 1e6,
    },
    evaluators: form.roster.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      label: r.label.trim(),
      groupId: r.groupId,
      ...(optional(r.name) ? { name: optional(r.name) } : {}),
      ...(optional(r.unit) ? { unit: optional(r.unit) } : {}),
    })),
    recusals: form.recusals,
  };
}

/** The server's per-field messages that belong under one field or row (`scheme.criteria.2`). */
export function messagesAt(
  issues: readonly { field: string; message: string }[],
  prefix: string,
): string[] {
  return issues
    .filter((i) => i.field === prefix || i.field.startsWith(`${prefix}.`))
    .map((i) => i.message);
}
