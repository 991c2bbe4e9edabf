import { Hono } from "hono";
import { z } from "zod";
import { dispatchAgenda } from "../../domain/dispatch-agenda";
import { dispatchResponseSchema, projectLightsResponseSchema } from "../../domain/dispatch-views";
import { lightChanges, lightHistory, reportedPeriods } from "../../domain/light-history";
import { comparePeriods, periodOfDate } from "../../domain/periods";
import { type ProjectRecord, periodIdSchema } from "../../domain/project";
import { describeStatus } from "../../domain/status-reason";
import { documented } from "../api-doc";
import { apiError } from "../api-error";
import type { AppEnv } from "../auth/actor";
import { requireRole } from "../auth/identify";
import type { ReadStore } from "../store/read-store";
import { validate } from "../validate";
import { projectIdParam } from "./projects";

const periodParam = z.object({ period: periodIdSchema });

/** Every project with all its stored reports (the agenda also reads ones still waiting for review). */
function projectsWithReports(store: ReadStore): ProjectRecord[] {
  return store.listProjects().flatMap((p) => {
    const full = store.getProject(p.id);
    return full ? [full] : [];
  });
}

/** The 旬 for which some project has a report, oldest first. */
function periodsWithData(projects: readonly ProjectRecord[]): string[] {
  const periods = new Set(projects.flatMap((p) => p.reports.map((r) => r.period)));
  return [...periods].sort(comparePeriods);
}

/** GET /api/dispatch/:period — the agenda of a 旬's dispatch meeting (调度会), for staff and leaders. */
export function dispatchRoutes(store: ReadStore) {
  return new Hono<AppEnv>().get(
    "/:period",
    documented({
      summary:
        "A 旬's dispatch-meeting agenda: red and yellow projects with reasons, changed lights, problems by unit, 未报/迟报, plan vs 序时进度",
      tags: ["tracking"],
      answers: { 200: dispatchResponseSchema },
      errors: [400, 404],
    }),
    requireRole("admin", "staff", "leader"),
    // Said in the reader's words before the generic check: what a 旬 looks like.
    async (c, next) => {
      const period = c.req.param("period") ?? "";
      if (periodIdSchema.safeParse(period).success) return next();
      return apiError(c, 400, "invalid_period", { period });
    },
    validate("param", periodParam),
    (c) => {
      const { period } = c.req.valid("param");
      const meta = store.meta();
      const projects = projectsWithReports(store);
      const periods = periodsWithData(projects);
      if (!periods.includes(period)) {
        const range = periods.length ? `${periods[0]} – ${periods.at(-1)}` : "—";
        return apiError(c, 404, "period_no_data", { period, range });
      }
      const before = periods.filter((p) => comparePeriods(p, period) < 0).at(-1) ?? null;
      const agenda = dispatchAgenda(period, projects, meta.statusRules, { previousPeriod: before });
      return c.json({ ...agenda, illustrative: meta.illustrative, periods });
    },
  );
}

/** GET /api/projects/:id/lights — the light at the end of each 旬, and when and why it changed. */
export function projectLightRoutes(store: ReadStore) {
  return new Hono<AppEnv>().get(
    "/:id/lights",
    documented({
      summary: "One project's status light per 旬, and the 旬 where it changed, with the rule",
      tags: ["projects"],
      answers: { 200: projectLightsResponseSchema },
      errors: [400, 404],
    }),
    validate("param", projectIdParam),
    (c) => {
      const { id } = c.req.valid("param");
      const project = store.getProject(id);
      if (!project) return apiError(c, 404, "project_not_found", { id });
      const meta = store.meta();
      const history = lightHistory(
        project,
        reportedPeriods(project, periodOfDate(meta.asOf)),
        meta.statusRules,
      ).map((entry) => ({
        ...entry,
        reason: {
          zh: describeStatus(entry.explanation, "zh"),
          en: describeStatus(entry.explanation, "en"),
        },
      }));
      const changes = lightChanges(history).map((change) => ({
        ...change,
        reason: history.find((h) => h.period === change.period)?.reason ?? { zh: "", en: "" },
      }));
      return c.json({ projectId: id, lights: history, changes });
    },
  );
}
