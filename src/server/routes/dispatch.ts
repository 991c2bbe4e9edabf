import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import { bulletinResponseSchema, dispatchBulletin } from "../../domain/bulletin";
import { dispatchAgenda, type ReportStanding } from "../../domain/dispatch-agenda";
import { dispatchResponseSchema, projectLightsResponseSchema } from "../../domain/dispatch-views";
import { LANGS, type Lang } from "../../domain/i18n";
import { lightChanges, lightHistory, reportedPeriods } from "../../domain/light-history";
import { comparePeriods, periodOfDate } from "../../domain/periods";
import { type ProjectRecord, periodIdSchema } from "../../domain/project";
import { describeStatus } from "../../domain/status-reason";
import { documented } from "../api-doc";
import { apiError, requestLang } from "../api-error";
import type { AppEnv } from "../auth/actor";
import { requireRole } from "../auth/identify";
import type { Services } from "../services";
import type { ReadStore } from "../store/read-store";
import { bulletinDocx } from "../transfer/bulletin-docx";
import { download, fileAnswer } from "../transfer/table-file";
import { validate } from "../validate";
import { projectIdParam } from "./projects";

const periodParam = z.object({ period: periodIdSchema });

/** Every project on the list with its accepted reports (its history). */
export const projectsWithReports = (store: ReadStore): Promise<ProjectRecord[]> =>
  store.listProjectsWithReports({ current: true });

/** The 旬 that have a reporting round or an accepted report, oldest first. */
function periodsWithData(
  projects: readonly ProjectRecord[],
  rounds: readonly { period: string }[],
) {
  const periods = new Set([
    ...rounds.map((r) => r.period),
    ...projects.flatMap((p) => p.reports.map((r) => r.period)),
  ]);
  return [...periods].sort(comparePeriods);
}

/**
 * Agendas as read, per store, until it changes: a city's agenda lights thousands of projects over
 * their history (seconds), and the wall and each leader's page ask for the same one again and again.
 */
const agendas = new WeakMap<object, { version: string; byPeriod: Map<string, unknown> }>();

/** The agenda of a 旬, or the refusal that says why there is none (kept until the store changes). */
async function agendaFor(services: Pick<Services, "store" | "reports">, period: string) {
  const version = await services.store.version();
  let kept = agendas.get(services.store);
  if (kept?.version !== version) {
    kept = { version, byPeriod: new Map() };
    agendas.set(services.store, kept);
  }
  const known = kept.byPeriod.get(period) as Awaited<ReturnType<typeof readAgenda>> | undefined;
  if (known) return known;
  const found = await readAgenda(services, period);
  kept.byPeriod.set(period, found);
  return found;
}

async function readAgenda({ store, reports }: Pick<Services, "store" | "reports">, period: string) {
  const meta = await store.meta();
  const projects = await projectsWithReports(store);
  const periods = periodsWithData(projects, await reports.listRounds());
  if (!periods.includes(period)) {
    const range = periods.length ? `${periods[0]} – ${periods.at(-1)}` : "—";
    return { missing: { period, range } } as const;
  }
  const before = periods.filter((p) => comparePeriods(p, period) < 0).at(-1) ?? null;
  // Who reported is read from the round's own reports: submitted and returned ones are not history.
  const inRound = await reports.reportsInPeriod(period);
  const standings: Record<string, ReportStanding> = Object.fromEntries(
    projects.map((p) => {
      const stored = inRound.get(p.id)?.report;
      const accepted = p.reports.some((r) => r.period === period);
      const state: ReportStanding["state"] =
        stored?.state ?? (stored || accepted ? "accepted" : "missing");
      return [p.id, { state, late: stored?.late === true }];
    }),
  );
  const agenda = dispatchAgenda(period, projects, meta.statusRules, {
    previousPeriod: before,
    standings,
  });
  return { agenda, periods, illustrative: meta.illustrative } as const;
}

// Said in the reader's words before the generic check: what a 旬 looks like.
const periodInPath = createMiddleware<AppEnv>(async (c, next) => {
  const period = c.req.param("period") ?? "";
  if (periodIdSchema.safeParse(period).success) return next();
  return apiError(c, 400, "invalid_period", { period });
});

type Found = Exclude<Awaited<ReturnType<typeof agendaFor>>, { missing: unknown }>;
type AgendaEnv = { Variables: AppEnv["Variables"] & { found: Found } };

/** The checks before anything drawn from a 旬's agenda: who asks, a 旬 in the path, data for it. */
const agendaInPath = (
  services: Pick<Services, "store" | "reports">,
  roles: Parameters<typeof requireRole> = ["admin", "staff", "leader"],
) =>
  [
    requireRole(...roles),
    periodInPath,
    validate("param", periodParam),
    createMiddleware<AgendaEnv>(async (c, next) => {
      const found = await agendaFor(services, c.req.param("period") ?? "");
      if ("missing" in found) return apiError(c, 404, "period_no_data", found.missing);
      c.set("found", found);
      await next();
    }),
  ] as const;

const langQuery = z.object({ lang: z.enum(LANGS).optional() });
const tags = ["tracking"];

/**
 * GET /api/dispatch/:period — the agenda of a 旬's dispatch meeting (调度会), for staff and leaders;
 * and the bulletin drafted from it (as JSON for printing, and as a Word file).
 */
export function dispatchRoutes(services: Services) {
  const bulletinOf = (found: Found, lang: Lang) =>
    dispatchBulletin({ agenda: found.agenda, illustrative: found.illustrative, lang });
  return new Hono<AgendaEnv>()
    .get(
      "/:period",
      documented({
        summary:
          "A 旬's dispatch-meeting agenda: red and yellow projects with reasons, changed lights, problems by unit, 未报/迟报, plan vs 序时进度",
        tags,
        answers: { 200: dispatchResponseSchema },
        errors: [400, 404],
      }),
      // The wall screen shows the latest agenda in its dispatch panel.
      ...agendaInPath(services, ["admin", "staff", "leader", "display"]),
      (c) => {
        const { agenda, illustrative, periods } = c.get("found");
        return c.json({ ...agenda, illustrative, periods });
      },
    )
    .get(
      "/:period/bulletin",
      documented({
        summary: "The bulletin (通报) drafted from a 旬's agenda, as structured text for printing",
        tags,
        answers: { 200: bulletinResponseSchema },
        errors: [400, 404],
      }),
      ...agendaInPath(services),
      validate("query", langQuery),
      (c) =>
        c.json({
          bulletin: bulletinOf(c.get("found"), c.req.valid("query").lang ?? requestLang(c)),
        }),
    )
    .get(
      "/:period/bulletin.docx",
      documented({
        summary: "The bulletin (通报) drafted from a 旬's agenda, as a Word document",
        tags,
        answers: { 200: fileAnswer("docx", "The bulletin, A4, in 公文 type") },
        errors: [400, 404],
      }),
      ...agendaInPath(services),
      validate("query", langQuery),
      async (c) => {
        const found = c.get("found");
        const doc = bulletinOf(found, c.req.valid("query").lang ?? requestLang(c));
        return download(c, await bulletinDocx(doc), "docx", `${found.agenda.period}-${doc.title}`);
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
    async (c) => {
      const { id } = c.req.valid("param");
      const project = await store.getProject(id);
      if (!project) return apiError(c, 404, "project_not_found", { id });
      const meta = await store.meta();
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
