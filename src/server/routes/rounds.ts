import { type Context, Hono } from "hono";
import { z } from "zod";
import { periodLabel } from "../../domain/formats";
import { periodStart } from "../../domain/periods";
import { periodIdSchema } from "../../domain/project";
import { previousAcceptedReport } from "../../domain/report-input";
import {
  checkNewRound,
  openRoundInputSchema,
  roundReportRows,
  roundSchema,
  storedReportSchema,
} from "../../domain/reporting-rounds";
import { documented, writeHeaders } from "../api-doc";
import { apiError, errorBody, requestLang } from "../api-error";
import { type Actor, type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { reportScope } from "../auth/unit-scope";
import { onceByBody } from "../idempotency";
import { changesAfterCommit } from "../live/after-commit";
import type { Services } from "../services";
import { validate } from "../validate";

const tags = ["reports"];
const periodParam = z.object({ period: periodIdSchema });
const roundsResponse = z.object({ rounds: z.array(roundSchema) });
const roundResponse = z.object({ round: roundSchema });
export const roundReportSchema = z.object({
  projectId: z.string(),
  name: z.string(),
  nameEn: z.string(),
  responsibleUnit: z.string(),
  responsibleUnitEn: z.string(),
  state: z.enum(["missing", "submitted", "accepted", "returned"]),
  reported: z.boolean(),
  late: z.boolean(),
  report: storedReportSchema.optional(),
  version: z.number().int().optional(),
  /** 亿元; with lastAccepted, what a report for this round is checked against. */
  totalInvestment: z.number(),
  /** The latest accepted report before this round (period null: the project's own figures). */
  lastAccepted: z.object({
    period: z.string().nullable(),
    progress: z.number(),
    cumulativeInvestment: z.number(),
  }),
});
const roundReportsResponse = z.object({
  round: roundSchema,
  reports: z.array(roundReportSchema),
  counts: z.object({
    missing: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    late: z.number().int(),
  }),
});

type Deps = Pick<Services, "store" | "reports" | "idempotency" | "feed">;

const signedIn = (c: Context<AppEnv>) => c.get("actor") as Actor;

/** 填报轮次: list, open the next one, close one; and one round's report state per project. */
export function roundRoutes({ store, reports, idempotency, feed }: Deps) {
  return new Hono<AppEnv>()
    .get(
      "/",
      documented({
        summary: "Reporting rounds (填报轮次), oldest first",
        tags,
        answers: { 200: roundsResponse },
      }),
      async (c) => c.json({ rounds: await reports.listRounds() }),
    )
    .post(
      "/",
      documented({
        summary: "Open the next reporting round (staff, admin)",
        description:
          "The period must be after every existing round. The deadline is a day (China time); reports sent after it are marked late (迟报).",
        tags,
        answers: { 201: roundResponse },
        errors: [400, 409, 413, 422],
        headers: writeHeaders,
      }),
      requireRole("admin", "staff"),
      validate("json", openRoundInputSchema),
      async (c) => {
        const input = c.req.valid("json");
        const actor = actorLabel(signedIn(c));
        const lang = requestLang(c);
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actor, async () => {
          const check = checkNewRound(input, await reports.listRounds());
          if (!check.ok)
            return {
              status: 409,
              body: errorBody(c, check.code, {
                period: periodLabel(input.period, lang),
                latest: check.latest ? periodLabel(check.latest, lang) : "",
              }),
            };
          const from = periodStart(input.period);
          if (input.deadline < from)
            return {
              status: 400,
              body: errorBody(c, "round_deadline_invalid", { deadline: input.deadline, from }),
            };
          const round = await reports.openRound(input.period, input.deadline, actor);
          changes.add({ type: "reports", period: round.period });
          return { status: 201, body: { round } };
        });
        changes.publish();
        return answered;
      },
    )
    .post(
      "/:period/close",
      documented({
        summary: "Close a reporting round (staff, admin)",
        description:
          "Refused while reports in it wait for review. 数据截至 then follows the closed round.",
        tags,
        answers: { 200: roundResponse },
        errors: [400, 404, 409, 413, 422],
        headers: writeHeaders,
      }),
      requireRole("admin", "staff"),
      validate("param", periodParam),
      async (c) => {
        const { period } = c.req.valid("param");
        const actor = actorLabel(signedIn(c));
        const label = periodLabel(period, requestLang(c));
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actor, async () => {
          const round = await reports.lockRound(period);
          if (!round)
            return { status: 404, body: errorBody(c, "round_not_found", { period: label }) };
          if (round.state === "closed")
            return { status: 409, body: errorBody(c, "round_closed", { period: label }) };
          const pending = [...(await reports.reportsInPeriod(period)).values()].filter(
            (r) => r.report.state === "submitted",
          ).length;
          if (pending > 0)
            return {
              status: 409,
              body: errorBody(c, "round_has_pending", { period: label, count: String(pending) }),
            };
          const closed = await reports.closeRound(round, actor);
          changes.add({ type: "reports", period });
          return { status: 200, body: { round: closed } };
        });
        changes.publish();
        return answered;
      },
    )
    .get(
      "/:period/reports",
      documented({
        summary: "Every project's report state in a round (a unit account: its own projects only)",
        description:
          "state: missing (未报) / submitted (待审核) / accepted (已采纳) / returned (已退回); late marks 迟报.",
        tags,
        answers: { 200: roundReportsResponse },
        errors: [400, 404],
      }),
      requireRole("admin", "staff", "leader", "unit"),
      validate("param", periodParam),
      async (c) => {
        const { period } = c.req.valid("param");
        const round = await reports.getRound(period);
        if (!round)
          return apiError(c, 404, "round_not_found", {
            period: periodLabel(period, requestLang(c)),
          });
        const scope = reportScope(c.get("actor"));
        // With their reports: what a report for this round continues from is shown beside it.
        const projects = (await store.listProjectsWithReports({ current: true })).filter(
          (p) => scope === "all" || scope(p),
        );
        const inPeriod = await reports.reportsInPeriod(period);
        const rows = roundReportRows(
          projects.map((p) => p.id),
          new Map([...inPeriod].map(([id, v]) => [id, v.report])),
        );
        const byId = new Map(projects.map((p) => [p.id, p]));
        const list = rows.map((row) => {
          const p = byId.get(row.projectId);
          const previous = p ? previousAcceptedReport(p.reports, period) : undefined;
          return {
            ...row,
            name: p?.name ?? "",
            nameEn: p?.nameEn ?? "",
            responsibleUnit: p?.responsibleUnit ?? "",
            responsibleUnitEn: p?.responsibleUnitEn ?? "",
            totalInvestment: p?.totalInvestment ?? 0,
            lastAccepted: {
              period: previous?.period ?? null,
              progress: previous?.progress ?? p?.progress ?? 0,
              cumulativeInvestment: previous?.cumulativeInvestment ?? p?.cumulativeInvestment ?? 0,
            },
            ...(inPeriod.has(row.projectId)
              ? { version: inPeriod.get(row.projectId)?.version }
              : {}),
          };
        });
        const count = (state: string) => rows.filter((r) => r.state === state).length;
        return c.json({
          round,
          reports: list,
          counts: {
            missing: count("missing"),
            submitted: count("submitted"),
            accepted: count("accepted"),
            returned: count("returned"),
            late: rows.filter((r) => r.late).length,
          },
        });
      },
    );
}
