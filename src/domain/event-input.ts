import { z } from "zod";
import { defineMessages, type Lang, type MessageParams, text } from "./i18n";
import { idSchema, keySchema } from "./ids";
import { isoDateSchema } from "./project";
import {
  criterionSchema,
  declaredRecusalSchema,
  type Evaluator,
  evaluatorGroupSchema,
  type InspectionEvent,
  scoringRulesSchema,
} from "./scoring-schemas";

/** One person on an event's roster: the label is what results show, the name only staff see. */
export const rosterEntrySchema = z
  .object({
    id: idSchema("an evaluator id").optional(),
    label: z.string().trim().min(1).max(40),
    labelEn: z.string().trim().max(40).optional(),
    name: z.string().trim().max(60).optional(),
    /** Without one, the event's first group. */
    groupId: keySchema.optional(),
    unit: z.string().trim().max(100).optional(),
  })
  .strict();
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

export const schemeInputSchema = z
  .object({
    name: z.string().trim().min(1).max(100).optional(),
    nameEn: z.string().trim().min(1).max(200).optional(),
    criteria: z
      .array(
        criterionSchema.extend({
          nameEn: z.string().trim().max(200).optional(),
          max: z.number().positive().max(1000),
        }),
      )
      .min(1)
      .max(20),
  })
  .strict();

/** Everything of a draft that can be edited; a new event needs at least name, date and projects. */
const draftFields = {
  name: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().max(200).optional(),
  date: isoDateSchema,
  venue: z.string().trim().max(100),
  venueEn: z.string().trim().max(200).optional(),
  projectIds: z.array(idSchema("a project id")).min(1).max(200),
  scheme: schemeInputSchema,
  groups: z.array(evaluatorGroupSchema).min(1).max(10),
  rules: scoringRulesSchema,
  evaluators: z.array(rosterEntrySchema).max(300),
  recusals: z.array(declaredRecusalSchema).max(3000),
};

export const newEventSchema = z
  .object({
    ...draftFields,
    id: idSchema("an event id").optional(),
    /** Scheme, groups, rules and vote options not given are copied from this event's. */
    templateEventId: idSchema("an event id").optional(),
    venue: draftFields.venue.default(""),
    scheme: draftFields.scheme.optional(),
    groups: draftFields.groups.optional(),
    rules: draftFields.rules.optional(),
    evaluators: draftFields.evaluators.optional(),
    recusals: draftFields.recusals.optional(),
  })
  .strict();
export type NewEvent = z.infer<typeof newEventSchema>;

export const eventEditSchema = z
  .object({
    name: draftFields.name.optional(),
    nameEn: draftFields.nameEn,
    date: draftFields.date.optional(),
    venue: draftFields.venue.optional(),
    venueEn: draftFields.venueEn,
    projectIds: draftFields.projectIds.optional(),
    scheme: draftFields.scheme.optional(),
    groups: draftFields.groups.optional(),
    rules: draftFields.rules.optional(),
    evaluators: draftFields.evaluators.optional(),
    recusals: draftFields.recusals.optional(),
  })
  .strict();
export type EventEdit = z.infer<typeof eventEditSchema>;

/** "评委03" reads "Evaluator 03" in English; any other label stays as typed. */
export function englishLabel(label: string): string {
  const match = /^评委\s*(\d+)$/.exec(label.trim());
  return match ? `Evaluator ${match[1]}` : label.trim();
}

/** A fresh event id from its date, not one already taken. */
export function newEventId(date: string, taken: ReadonlySet<string>): string {
  const base = `inspection-${date}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * The roster as stored evaluators. Entries keep their id; new ones get `<event>-eNN`, skipping
 * ids that are taken (by the seed or another event's roster).
 */
export function rosterEvaluators(
  eventId: string,
  entries: readonly RosterEntry[],
  taken: ReadonlySet<string>,
  defaultGroupId = "",
): Evaluator[] {
  const used = new Set([...taken, ...entries.flatMap((e) => (e.id ? [e.id] : []))]);
  let n = 0;
  const nextId = () => {
    let id: string;
    do {
      n++;
      id = `${eventId.slice(0, 50)}-e${String(n).padStart(2, "0")}`;
    } while (used.has(id));
    used.add(id);
    return id;
  };
  return entries.map((e) => ({
    id: e.id ?? nextId(),
    label: e.label,
    labelEn: e.labelEn || englishLabel(e.label),
    groupId: e.groupId ?? defaultGroupId,
    ...(e.unit ? { unit: e.unit } : {}),
    ...(e.name ? { name: e.name } : {}),
    eventId,
  }));
}

/** The draft a POST describes: what it gives, the rest from the template event. */
export function eventFromInput(
  id: string,
  input: NewEvent,
  template: InspectionEvent,
  roster: readonly Evaluator[],
): InspectionEvent {
  return {
    id,
    name: input.name,
    nameEn: input.nameEn || input.name,
    date: input.date,
    venue: input.venue,
    venueEn: input.venueEn || input.venue,
    state: "draft",
    projectIds: input.projectIds,
    groups: input.groups ?? template.groups,
    scheme: schemeFrom(input.scheme, template.scheme, id),
    voteOptions: template.voteOptions,
    rules: input.rules ?? template.rules,
    recusals: input.recusals ?? [],
    evaluatorIds: roster.map((e) => e.id),
  };
}

/** A draft after an edit: fields not given stay as they were. */
export function editedEvent(
  before: InspectionEvent,
  edit: EventEdit,
  roster: readonly Evaluator[],
): InspectionEvent {
  const { scheme, evaluators: _roster, ...rest } = edit;
  return {
    ...before,
    ...rest,
    ...(edit.nameEn === undefined && edit.name ? { nameEn: before.nameEn } : {}),
    scheme: scheme ? schemeFrom(scheme, before.scheme, before.id) : before.scheme,
    evaluatorIds: roster.map((e) => e.id),
  };
}

function schemeFrom(
  input: z.infer<typeof schemeInputSchema> | undefined,
  base: InspectionEvent["scheme"],
  eventId: string,
): InspectionEvent["scheme"] {
  if (!input) return base;
  const criteria = input.criteria.map((c) => ({ ...c, nameEn: c.nameEn || c.name }));
  const edited = JSON.stringify(criteria) !== JSON.stringify(base.criteria);
  return {
    // An edited scheme is the event's own; an unchanged one keeps the template's name and id.
    id: edited ? `${eventId}-scheme` : base.id,
    name: input.name ?? base.name,
    nameEn: input.nameEn ?? base.nameEn,
    illustrative: edited ? false : base.illustrative,
    criteria,
  };
}

/** Whether anything sheets are scored by differs: criteria, maxima, trim rule or weights. */
export function scoringChanged(before: InspectionEvent, after: InspectionEvent): boolean {
  const scoring = (e: InspectionEvent) =>
    JSON.stringify([e.scheme.criteria, e.rules, e.groups.map((g) => [g.id, g.weight])]);
  return scoring(before) !== scoring(after);
}

export const draftMessages = defineMessages({
  zh: {
    project_unknown: "项目库中没有编号为 {id} 的项目",
    duplicate: "与第 {other} 项重复：{value}",
    group_unknown: "没有“{id}”这个评委组；现有评委组：{known}",
    evaluator_unknown: "名单中没有这位评委：{id}",
    project_not_in_event: "项目 {id} 不在本次观摩会内",
    id_taken: "评委编号 {id} 已用于另一次观摩会",
  },
  en: {
    project_unknown: "There is no project with id {id} in the project list",
    duplicate: "repeats item {other}: {value}",
    group_unknown: "There is no evaluator group “{id}”; the groups are: {known}",
    evaluator_unknown: "No evaluator {id} on the roster",
    project_not_in_event: "Project {id} is not in this inspection",
    id_taken: "Evaluator id {id} is already used by another inspection",
  },
});
export type DraftIssue = {
  field: string;
  code: keyof typeof draftMessages.zh;
  params: MessageParams;
};

export const describeDraftIssue = (issue: DraftIssue, lang: Lang) =>
  text(draftMessages, issue.code, lang, issue.params);

/**
 * What a schema cannot see in one field: projects that are not on the list, repeats, an
 * evaluator in a group the event lacks, a recusal of someone or something not in the event.
 */
export function draftIssues(
  event: InspectionEvent,
  roster: readonly Evaluator[],
  knownProjectIds: ReadonlySet<string>,
  foreignEvaluatorIds: ReadonlySet<string>,
): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const repeats = (field: string, values: readonly string[], suffix = "") => {
    const first = new Map<string, number>();
    values.forEach((value, i) => {
      const seen = first.get(value);
      if (seen === undefined) first.set(value, i);
      else
        issues.push({
          field: `${field}.${i}${suffix}`,
          code: "duplicate",
          params: { other: seen + 1, value },
        });
    });
  };
  event.projectIds.forEach((id, i) => {
    if (!knownProjectIds.has(id))
      issues.push({ field: `projectIds.${i}`, code: "project_unknown", params: { id } });
  });
  repeats("projectIds", event.projectIds);
  repeats(
    "scheme.criteria",
    event.scheme.criteria.map((c) => c.id),
    ".id",
  );
  repeats(
    "groups",
    event.groups.map((g) => g.id),
    ".id",
  );
  const groups = new Set(event.groups.map((g) => g.id));
  roster.forEach((e, i) => {
    if (!groups.has(e.groupId))
      issues.push({
        field: `evaluators.${i}.groupId`,
        code: "group_unknown",
        params: { id: e.groupId, known: [...groups].join(" / ") },
      });
    if (foreignEvaluatorIds.has(e.id))
      issues.push({ field: `evaluators.${i}.id`, code: "id_taken", params: { id: e.id } });
  });
  repeats(
    "evaluators",
    roster.map((e) => e.id),
    ".id",
  );
  repeats(
    "evaluators",
    roster.map((e) => e.label),
    ".label",
  );
  const onRoster = new Set(roster.map((e) => e.id));
  const inEvent = new Set(event.projectIds);
  (event.recusals ?? []).forEach((r, i) => {
    if (!onRoster.has(r.evaluatorId))
      issues.push({
        field: `recusals.${i}.evaluatorId`,
        code: "evaluator_unknown",
        params: { id: r.evaluatorId },
      });
    if (!inEvent.has(r.projectId))
      issues.push({
        field: `recusals.${i}.projectId`,
        code: "project_not_in_event",
        params: { id: r.projectId },
      });
  });
  return issues;
}

/** The evaluators an event is scored by: its roster, or for the seed's event the seed's ones. */
export function evaluatorsOfEvent(
  event: Pick<InspectionEvent, "evaluatorIds">,
  all: readonly Evaluator[],
): Evaluator[] {
  if (!event.evaluatorIds) return all.filter((e) => !e.eventId);
  const byId = new Map(all.map((e) => [e.id, e]));
  return event.evaluatorIds.flatMap((id) => byId.get(id) ?? []);
}

/** An evaluator as the public sees it: label and group, never the person's name. */
export const withoutName = ({ name: _name, ...evaluator }: Evaluator): Evaluator => evaluator;

/** Whether one evaluator scores the event: the rule of `evaluatorsOfEvent`, for one evaluator. */
export const onRoster = (
  event: Pick<InspectionEvent, "evaluatorIds">,
  evaluator: Pick<Evaluator, "id" | "eventId">,
): boolean => (event.evaluatorIds ? event.evaluatorIds.includes(evaluator.id) : !evaluator.eventId);
