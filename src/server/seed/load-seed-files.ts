import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { pairKey } from "../../domain/pair-key";
import { type ProjectsFile, projectRecordSchema, projectsFileSchema } from "../../domain/project";
import {
  type Evaluator,
  evaluatorsFileSchema,
  eventsFileSchema,
  type InspectionEvent,
  type ScoreSheet,
  sheetsFileSchema,
} from "../../domain/scoring-schemas";
import { type StatusRules, statusRulesSchema } from "../../domain/status-rules";

export type SeedData = {
  projects: ProjectsFile;
  events: InspectionEvent[];
  evaluators: Evaluator[];
  sheets: ScoreSheet[];
  statusRules: StatusRules;
};

/** A problem in the seed data, described so a person can find and fix it. */
export class SeedDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid data in ${file}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "SeedDataError";
  }
}

/** Reads and validates every seed file in `dir`; throws SeedDataError naming file, record and field. */
export function loadSeedFiles(dir: string): SeedData {
  const projects = readValidated(dir, "projects.json", projectsFileSchema);
  projects.projects.push(...readProjectParts(dir));
  const events = readValidated(dir, "events.json", eventsFileSchema).events;
  const evaluators = readValidated(dir, "evaluators.json", evaluatorsFileSchema).evaluators;
  const sheets = readValidated(dir, "sheets.json", sheetsFileSchema).sheets;
  const statusRules = readValidated(dir, "status-rules.json", statusRulesSchema);
  const data = { projects, events, evaluators, sheets, statusRules };
  checkReferences(data);
  return data;
}

const projectsPartSchema = z.object({ projects: z.array(projectRecordSchema) });

/**
 * A long list (thousands of projects) may continue in projects-2.json, projects-3.json, … so no
 * file comes near a string's size limit; they are read in order as one list.
 */
function readProjectParts(dir: string): ProjectsFile["projects"] {
  const parts: ProjectsFile["projects"] = [];
  for (let n = 2; existsSync(join(dir, `projects-${n}.json`)); n++)
    for (const p of readValidated(dir, `projects-${n}.json`, projectsPartSchema).projects)
      parts.push(p);
  return parts;
}

function readValidated<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, file), "utf8"));
  } catch (error) {
    throw new SeedDataError(`data/${file}`, [(error as Error).message]);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new SeedDataError(
    `data/${file}`,
    parsed.error.issues.slice(0, 20).map((issue) => describeIssue(raw, issue.path, issue.message)),
  );
}

/** "projects[3] (id "chery") field "totalInvestment": expected number" */
export function describeIssue(root: unknown, path: PropertyKey[], message: string): string {
  const lastIndex = path.findLastIndex((part) => typeof part === "number");
  if (lastIndex < 0) return `field "${path.join(".") || "(root)"}": ${message}`;
  const recordPath = path.slice(0, lastIndex + 1);
  const field = path.slice(lastIndex + 1).join(".");
  const record = recordPath.reduce<unknown>(
    (node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key],
    root,
  );
  const label = recordLabel(record);
  const where = `${formatPath(recordPath)}${label ? ` (${label})` : ""}`;
  return `${where} field "${field || "(record)"}": ${message}`;
}

function recordLabel(record: unknown): string {
  if (!record || typeof record !== "object") return "";
  const r = record as Record<string, unknown>;
  if (typeof r.id === "string") return `id "${r.id}"`;
  if (typeof r.evaluatorId === "string" && typeof r.projectId === "string")
    return `evaluator "${r.evaluatorId}", project "${r.projectId}"`;
  return "";
}

function formatPath(path: PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i ? "." : ""}${String(part)}`))
    .join("");
}

function checkReferences({ projects, events, evaluators, sheets }: SeedData): void {
  const projectIds = new Set(projects.projects.map((p) => p.id));
  const evaluatorIds = new Set(evaluators.map((e) => e.id));
  const eventById = new Map(events.map((e) => [e.id, e]));
  const byFile: Record<string, string[]> = {};
  const report = (file: string, problem: string) => {
    byFile[file] ??= [];
    byFile[file].push(problem);
  };

  for (const id of duplicates(projects.projects.map((p) => p.id)))
    report("data/projects.json", `project id "${id}" appears more than once`);
  events.forEach((event, i) => {
    for (const id of event.projectIds)
      if (!projectIds.has(id))
        report(
          "data/events.json",
          `events[${i}] (id "${event.id}") field "projectIds": unknown project "${id}"`,
        );
  });
  const groupIds = new Set(events.flatMap((e) => e.groups.map((g) => g.id)));
  evaluators.forEach((evaluator, i) => {
    if (!groupIds.has(evaluator.groupId))
      report(
        "data/evaluators.json",
        `evaluators[${i}] (id "${evaluator.id}") field "groupId": unknown group "${evaluator.groupId}"`,
      );
  });
  const seen = new Set<string>();
  sheets.forEach((sheet, i) => {
    const where = `sheets[${i}] (evaluator "${sheet.evaluatorId}", project "${sheet.projectId}")`;
    const event = eventById.get(sheet.eventId);
    if (!event)
      report("data/sheets.json", `${where} field "eventId": unknown event "${sheet.eventId}"`);
    if (!projectIds.has(sheet.projectId))
      report("data/sheets.json", `${where} field "projectId": unknown project`);
    if (!evaluatorIds.has(sheet.evaluatorId))
      report("data/sheets.json", `${where} field "evaluatorId": unknown evaluator`);
    const key = `${sheet.eventId}/${pairKey(sheet)}`;
    if (seen.has(key))
      report("data/sheets.json", `${where}: a second sheet for the same evaluator and project`);
    seen.add(key);
    if (event) {
      const known = new Set(event.scheme.criteria.map((c) => c.id));
      for (const criterionId of Object.keys(sheet.scores))
        if (!known.has(criterionId))
          report(
            "data/sheets.json",
            `${where} field "scores.${criterionId}": not a criterion of the event's scheme`,
          );
    }
  });
  const [file, problems] = Object.entries(byFile)[0] ?? [];
  if (file && problems) throw new SeedDataError(file, problems.slice(0, 20));
}

/** Values seen before (linear, as a list may hold tens of thousands of ids). */
function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => seen.has(value) || !seen.add(value));
}
