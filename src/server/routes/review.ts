import { Hono } from "hono";
import { computeEventResults } from "../../domain/event-results";
import { periodOfDate } from "../../domain/periods";
import { buildReview, type InspectionInput, reviewPeriods } from "../../domain/review";
import { reviewResponseSchema } from "../../domain/review-views";
import { documented } from "../api-doc";
import type { AppEnv } from "../auth/actor";
import { requireRole } from "../auth/identify";
import type { ReadStore } from "../store/read-store";
import { projectsWithReports } from "./dispatch";
import { scoringInputs } from "./event-in-path";

/** Every inspection that has scores, oldest first, with each project's score and rank in it. */
async function inspectionsWithScores(store: ReadStore): Promise<InspectionInput[]> {
  const events = (await store.listEvents())
    .filter((event) => event.state !== "draft")
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const inspections: InspectionInput[] = [];
  for (const event of events) {
    const { evaluators, sheets, projects } = await scoringInputs(store, event);
    const results = computeEventResults(event, projects, sheets, evaluators);
    if (!results.some((r) => r.score !== null)) continue;
    inspections.push({
      id: event.id,
      name: event.name,
      nameEn: event.nameEn,
      date: event.date,
      state: event.state,
      results: results.map((r) => ({ projectId: r.projectId, score: r.score, rank: r.rank })),
    });
  }
  return inspections;
}

/** GET /api/review — the review (动态复盘) over the 旬 of the district's history, in one answer. */
export function reviewRoutes(store: ReadStore) {
  // A city's review lights every project at every 旬 (seconds of work): kept until the store changes.
  const build = async () => {
    const meta = await store.meta();
    const projects = await projectsWithReports(store);
    const periods = reviewPeriods(projects, periodOfDate(meta.asOf));
    const inspections = await inspectionsWithScores(store);
    const review = buildReview(projects, periods, meta.statusRules, inspections);
    return {
      illustrative: meta.illustrative,
      asOf: meta.asOf,
      asOfBasis: meta.asOfBasis,
      ...review,
    };
  };
  // The answer being built is kept too, so requests arriving while it is read share one build.
  let cached: { key: string; body: ReturnType<typeof build> } | null = null;
  const answer = async () => {
    const key = await store.version();
    if (cached?.key !== key) cached = { key, body: build() };
    const kept = cached;
    try {
      return await kept.body;
    } catch (error) {
      // A failed build is not kept: the next request tries again.
      if (cached === kept) cached = null;
      throw error;
    }
  };
  return new Hono<AppEnv>().get(
    "/",
    documented({
      summary:
        "The review: red/yellow/green per 旬, each project's light per 旬 and when it turned red, plan vs 序时进度 per 旬, scores per inspection",
      tags: ["tracking"],
      answers: { 200: reviewResponseSchema },
    }),
    requireRole("admin", "staff", "leader"),
    async (c) => c.json(await answer()),
  );
}
