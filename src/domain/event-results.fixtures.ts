/** Shared fixtures for the event-results tests: the default scheme, three groups, seven evaluators. */
import { computeEventResults } from "./event-results";
import { projectResultSchema } from "./outcome-schemas";
import type {
  Evaluator,
  InspectionEvent,
  ScoredProject,
  ScoreSheet,
  Vote,
} from "./scoring-schemas";

const criteria = [
  { id: "progress", name: "项目建设进度", nameEn: "Progress", max: 30 },
  { id: "investment", name: "投资完成情况", nameEn: "Investment", max: 20 },
  { id: "technology", name: "科技含量与产业带动", nameEn: "Technology", max: 20 },
  { id: "site", name: "现场管理与安全文明", nameEn: "Site", max: 15 },
  { id: "benefit", name: "综合效益", nameEn: "Benefit", max: 15 },
];

export function makeEvent(
  projectIds: string[],
  rules: Partial<InspectionEvent["rules"]> = {},
): InspectionEvent {
  return {
    id: "ev-2023-02-24",
    name: "全区重点项目现场观摩会",
    nameEn: "District key-project site inspection",
    date: "2023-02-24",
    venue: "即墨宾馆",
    venueEn: "Jimo Hotel",
    state: "open",
    projectIds,
    groups: [
      { id: "leaders", name: "区领导", nameEn: "District leaders", weight: 0.5 },
      { id: "departments", name: "部门负责人", nameEn: "Department heads", weight: 0.3 },
      { id: "towns", name: "镇街负责人", nameEn: "Town heads", weight: 0.2 },
    ],
    scheme: { id: "default", name: "默认", nameEn: "Default", illustrative: true, criteria },
    voteOptions: [
      { id: "satisfied", name: "满意", nameEn: "Satisfied", value: 1 },
      { id: "basically_satisfied", name: "基本满意", nameEn: "Basically satisfied", value: 0.6 },
      { id: "unsatisfied", name: "不满意", nameEn: "Unsatisfied", value: 0 },
    ],
    rules: {
      trimMinSheets: 5,
      weightByGroup: false,
      scoreWeight: 0.8,
      satisfactionWeight: 0.2,
      ...rules,
    },
  };
}

const evaluator = (id: string, groupId: string): Evaluator => ({
  id,
  label: id,
  labelEn: id,
  groupId,
});
export const evaluators = [
  evaluator("e01", "leaders"),
  evaluator("e02", "leaders"),
  evaluator("e03", "leaders"),
  evaluator("e04", "departments"),
  evaluator("e05", "departments"),
  evaluator("e06", "towns"),
  evaluator("e07", "towns"),
  evaluator("g01", "guests"), // a group this event does not have
];

/** A complete sheet whose criteria are 30/20/20/15/15 % of `total`, so it adds up to `total`. */
export function sheet(
  evaluatorId: string,
  projectId: string,
  total: number,
  vote: Vote | null = null,
): ScoreSheet {
  const scores = Object.fromEntries(criteria.map((c) => [c.id, (total * c.max) / 100]));
  return { eventId: "ev-2023-02-24", evaluatorId, projectId, scores, vote };
}
/** One project's sheets by evaluator, in the order given: a total, or a total and a vote. */
export const sheetsOf = (
  projectId: string,
  byEvaluator: Record<string, number | [number, Vote]>,
): ScoreSheet[] =>
  Object.entries(byEvaluator).map(([evaluatorId, given]) =>
    typeof given === "number"
      ? sheet(evaluatorId, projectId, given)
      : sheet(evaluatorId, projectId, ...given),
  );

export const manufacturing = (id: string): ScoredProject => ({ id, category: "manufacturing" });

export function resultsFor(
  event: InspectionEvent,
  sheets: ScoreSheet[],
  projects = event.projectIds.map(manufacturing),
) {
  const results = computeEventResults(event, projects, sheets, evaluators);
  for (const r of results) projectResultSchema.parse(r); // every result fits the published schema
  return results;
}
