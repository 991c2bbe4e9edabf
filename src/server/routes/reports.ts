import { type Context, Hono } from "hono";
import { z } from "zod";
import { periodLabel } from "../../domain/formats";
import { type Lang, text } from "../../domain/i18n";
import { idSchema } from "../../domain/ids";
import { periodIdSchema } from "../../domain/project";
import {
  buildReport,
  checkReport,
  previousAcceptedReport,
  type ReportInput,
  type ReportIssue,
  reportInputSchema,
  reportIssueMessage,
  reportIssueTexts,
} from "../../domain/report-input";
import {
  isLate,
  type Round,
  reportStateMessages,
  reportStateOf,
  type StoredReport,
  storedReportSchema,
} from "../../domain/reporting-rounds";
import { joinClauses } from "../../domain/shared-messages";
import { documented, writeHeaders } from "../api-doc";
import { errorBody, requestLang } from "../api-error";
import { type Actor, type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import { mayReportFor } from "../auth/unit-scope";
import { onceByBody } from "../idempotency";
import { changesAfterCommit } from "../live/after-commit";
import type { Services } from "../services";
import { validate } from "../validate";

const tags = ["reports"];
const reportParams = z.object({ id: idSchema("a project id"), period: periodIdSchema });
const reviewSchema = z.object({
  decision: z.enum(["accept", "return"]),
  reason: z.string().trim().max(1000).optional(),
});
const writtenSchema = z.object({
  report: storedReportSchema.extend({ projectId: z.string(), version: z.number().int() }),
  outcome: z.enum(["created", "updated", "accepted", "returned"]),
});

type Deps = Pick<Services, "store" | "reports" | "idempotency" | "feed">;
type Outcome = {
  status: 200 | 201 | 400 | 403 | 404 | 409 | 412;
  body: unknown;
  headers?: Record<string, string>;
};

/**
 * A report as sent: by a unit it waits for review; entered by staff (one by one or in an imported
 * sheet) it is accepted at once. Late (迟报) when sent after the round's deadline.
 */
export function enteredReport(
  built: StoredReport,
  round: Round,
  who: string,
  byUnit: boolean,
): StoredReport {
  const now = new Date().toISOString();
  const sent = { submittedBy: who, submittedAt: now, late: isLate(now, round.deadline) };
  return byUnit
    ? { ...built, ...sent, state: "submitted" }
    : { ...built, ...sent, state: "accepted", reviewedBy: who, reviewedAt: now };
}

/** "v3" or W/"v3" → 3; "*" or none → undefined (any version). */
function parseIfMatch(header: string | undefined): number | undefined | "invalid" {
  if (!header || header.trim() === "*") return undefined;
  const match = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return match ? Number(match[1]) : "invalid";
}

const signedIn = (c: Context<AppEnv>) => c.get("actor") as Actor;
const isUnit = (actor: Actor) => actor.kind === "user" && actor.user.role === "unit";

/** The input a stored report was made from, to rebuild it against the project as it is now. */
const inputOf = (report: StoredReport): ReportInput => ({
  investment: report.completedInvestment,
  progress: report.progress,
  note: report.note,
  ...(report.milestones ? { milestones: report.milestones } : {}),
  ...(report.reason ? { reason: report.reason } : {}),
  ...(report.overTotal ? { overTotal: true } : {}),
});

/**
 * 旬报 writes. A responsible unit sends its own projects' reports, which wait for review; staff and
 * admins enter reports that count at once, and accept or return what units sent. Every write runs
 * the domain's checks, is idempotent by key, honours If-Match and is audited.
 */
/** A refused report's message (every issue in one sentence) and its issues per field. */
function refusal(issues: ReportIssue[], lang: Lang) {
  return [
    {
      detail: joinClauses(
        issues.map((i) => reportIssueMessage(i, lang)),
        lang,
      ),
    },
    {
      issues: issues.map((i) => ({
        code: i.code,
        field: i.field,
        fixableWithReason: i.fixableWithReason,
        message: reportIssueMessage(i, lang),
        messages: reportIssueTexts(i),
      })),
    },
  ] as const;
}

export function reportRoutes({ store, reports, idempotency, feed }: Deps) {
  /** Common preconditions: the project exists, the actor may report for it, If-Match holds. */
  async function target(c: Context<AppEnv>, id: string, period: string) {
    const fail = (
      status: Outcome["status"],
      ...args: Parameters<typeof errorBody> extends [unknown, ...infer R] ? R : never
    ): Outcome => ({
      status,
      body: errorBody(c, ...args),
    });
    const project = await store.getProject(id);
    if (!project) return { failure: fail(404, "project_not_found", { id }) };
    if (!mayReportFor(signedIn(c), project))
      return { failure: fail(403, "not_your_project", { id }) };
    const existing = await reports.getReport(id, period);
    const ifMatch = parseIfMatch(c.req.header("if-match"));
    if (ifMatch === "invalid")
      return {
        failure: fail(400, "invalid_parameter", { detail: 'If-Match: expected an ETag like "v3"' }),
      };
    if (ifMatch !== undefined && (existing?.version ?? 0) !== ifMatch)
      return {
        failure: fail(412, "report_version_conflict", { current: String(existing?.version ?? 0) }),
      };
    return { project, existing, fail };
  }

  const answer = (
    projectId: string,
    saved: { report: StoredReport; version: number },
    outcome: z.infer<typeof writtenSchema>["outcome"],
    status: 200 | 201,
  ): Outcome => ({
    status,
    body: { report: { ...saved.report, projectId, version: saved.version }, outcome },
    headers: { ETag: `"v${saved.version}"` },
  });

  return new Hono<AppEnv>()
    .put(
      "/:id/reports/:period",
      documented({
        summary: "Send (unit) or enter (staff, admin) a project's 旬报 for a period",
        description:
          'investment is 亿元 completed in the 旬; progress is 形象进度 at its end. A unit account may write only its own projects\' reports, which wait for review; staff and admins\' count at once. Refused (409) when no round for the period is open; 400 with details.issues (code, field, message) when a check fails: cumulative above the total needs overTotal: true, progress lower than the last accepted or a milestone dated outside the 旬 needs a reason, unknown milestones are refused. Honours Idempotency-Key and If-Match ("v2"; "v0" = must not exist yet).',
        tags,
        answers: { 200: writtenSchema, 201: writtenSchema },
        errors: [400, 404, 409, 412, 413, 422],
        headers: [...writeHeaders, "If-Match"],
      }),
      requireRole("admin", "staff", "unit"),
      validate("param", reportParams),
      validate("json", reportInputSchema),
      async (c) => {
        const { id, period } = c.req.valid("param");
        const input = c.req.valid("json");
        const actor = signedIn(c);
        const lang = requestLang(c);
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const t = await target(c, id, period);
          if ("failure" in t) return t.failure as Outcome;
          const { project, existing, fail } = t;
          const round = await reports.lockRound(period);
          if (round?.state !== "open")
            return fail(409, "no_open_round", { period: periodLabel(period, lang) });
          if (isUnit(actor) && existing && reportStateOf(existing.report) === "accepted")
            return fail(409, "report_already_accepted");
          const previous = previousAcceptedReport(project.reports, period);
          const issues = checkReport(input, project, previous, round, period, lang);
          if (issues.length) return fail(400, "report_invalid", ...refusal(issues, lang));
          const who = actorLabel(actor);
          const report = enteredReport(
            buildReport(input, project, previous, period),
            round,
            who,
            isUnit(actor),
          );
          const saved = await reports.saveReport(project, report, {
            actor: who,
            action: isUnit(actor) ? "report.submit" : "report.enter",
            reason: input.reason ?? null,
          });
          changes.add({ type: "reports", period, projectId: id });
          return answer(id, saved, existing ? "updated" : "created", existing ? 200 : 201);
        });
        changes.publish();
        return answered;
      },
    )
    .post(
      "/:id/reports/:period/review",
      documented({
        summary: "Accept, or return with a reason, a report a unit sent (staff, admin)",
        description:
          "Accepting moves the project's investment, 形象进度 and milestone dates, and with them its light and 数据截至. Only while the round is open. Honours Idempotency-Key and If-Match.",
        tags,
        answers: { 200: writtenSchema },
        errors: [400, 404, 409, 412, 413, 422],
        headers: [...writeHeaders, "If-Match"],
      }),
      requireRole("admin", "staff"),
      validate("param", reportParams),
      validate("json", reviewSchema),
      async (c) => {
        const { id, period } = c.req.valid("param");
        const { decision, reason } = c.req.valid("json");
        const actor = signedIn(c);
        const lang = requestLang(c);
        const changes = changesAfterCommit(feed);
        const answered = await onceByBody(c, idempotency, actorLabel(actor), async () => {
          const t = await target(c, id, period);
          if ("failure" in t) return t.failure as Outcome;
          const { project, existing, fail } = t;
          if (!existing)
            return fail(404, "report_not_found", { id, period: periodLabel(period, lang) });
          const state = reportStateOf(existing.report);
          if (state !== "submitted")
            return fail(409, "report_not_submitted", {
              state: text(reportStateMessages, state, lang),
            });
          const round = await reports.lockRound(period);
          if (round?.state !== "open")
            return fail(409, "no_open_round", { period: periodLabel(period, lang) });
          const who = actorLabel(actor);
          const now = new Date().toISOString();
          if (decision === "return") {
            if (!reason) return fail(400, "return_reason_required");
            const returned: StoredReport = {
              ...existing.report,
              state: "returned",
              reviewedBy: who,
              reviewedAt: now,
              returnReason: reason,
            };
            const saved = await reports.saveReport(project, returned, {
              actor: who,
              action: "report.return",
              reason,
            });
            changes.add({ type: "reports", period, projectId: id });
            return answer(id, saved, "returned", 200);
          }
          // Rebuilt against the project as it is now: another report may have moved it since.
          const previous = previousAcceptedReport(project.reports, period);
          const input = inputOf(existing.report);
          const issues = checkReport(input, project, previous, round, period, lang);
          if (issues.length) return fail(400, "report_invalid", ...refusal(issues, lang));
          const { returnReason: _r, ...sent } = existing.report;
          const accepted: StoredReport = {
            ...sent,
            ...buildReport(input, project, previous, period),
            state: "accepted",
            reviewedBy: who,
            reviewedAt: now,
          };
          const saved = await reports.saveReport(project, accepted, {
            actor: who,
            action: "report.accept",
            reason: reason ?? null,
          });
          changes.add({ type: "reports", period, projectId: id });
          return answer(id, saved, "accepted", 200);
        });
        changes.publish();
        return answered;
      },
    );
}
