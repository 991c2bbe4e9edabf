/** The results aggregation on a synthetic event of many evaluators × projects, timed in process. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { computeEventResults } from "../../src/domain/event-results";
import { computeQualitySignals } from "../../src/domain/quality-signals";
import { rankingsByMethod } from "../../src/domain/ranking-methods";
import type {
  Evaluator,
  InspectionEvent,
  ScoredProject,
  ScoreSheet,
} from "../../src/domain/scoring-schemas";
import { root, sheetBody } from "./scoring-load";

export type AggregationInput = {
  event: InspectionEvent;
  projects: ScoredProject[];
  sheets: ScoreSheet[];
  evaluators: Evaluator[];
};

/** Every evaluator scores every project, with deterministic scores (the seed event's scheme). */
export function syntheticScoring(evaluatorCount: number, projectCount: number): AggregationInput {
  const seedEvent = (
    JSON.parse(readFileSync(join(root, "data/events.json"), "utf8")) as {
      events: InspectionEvent[];
    }
  ).events[0] as InspectionEvent;
  const projects: ScoredProject[] = Array.from({ length: projectCount }, (_, i) => ({
    id: `p${i}`,
    category: i % 9 === 0 ? "urban_renewal" : "manufacturing",
  }));
  const event: InspectionEvent = {
    ...seedEvent,
    id: "synthetic",
    state: "open",
    projectIds: projects.map((p) => p.id),
    recusals: [],
  };
  const evaluators: Evaluator[] = Array.from({ length: evaluatorCount }, (_, i) => ({
    id: `e${i}`,
    label: `评委${i}`,
    labelEn: `Evaluator ${i}`,
    groupId: event.groups[i % event.groups.length]?.id ?? "",
  }));
  const sheets: ScoreSheet[] = [];
  for (const [p, project] of projects.entries())
    for (const [e, evaluator] of evaluators.entries())
      sheets.push({
        eventId: event.id,
        evaluatorId: evaluator.id,
        projectId: project.id,
        ...sheetBody(event.scheme.criteria, p * 977 + e * 31 + 1),
      });
  return { event, projects, sheets, evaluators };
}

export type AggregationTimes = { results: number; quality: number; methods: number };

/** Milliseconds for the results page's three computations (results, quality signals, rankings). */
export function timeAggregation({
  event,
  projects,
  sheets,
  evaluators,
}: AggregationInput): AggregationTimes {
  const time = (run: () => unknown) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  return {
    results: time(() => computeEventResults(event, projects, sheets, evaluators)),
    quality: time(() => computeQualitySignals(event, projects, sheets, evaluators)),
    methods: time(() => rankingsByMethod(event, projects, sheets, evaluators)),
  };
}
