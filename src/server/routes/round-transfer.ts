import { type Context, Hono } from "hono";
import { z } from "zod";
import { periodLabel } from "../../domain/formats";
import { periodIdSchema } from "../../domain/project";
import { buildReport, previousAcceptedReport } from "../../domain/report-input";
import { joinClauses } from "../../domain/shared-messages";
import { documented, writeHeaders } from "../api-doc";
import { apiError, errorBody, requestLang } from "../api-error";
import { type Actor, type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import type { Services } from "../services";
import { RoundNotOpen } from "../store/reports-store";
import { checkReportImport, reportSheetWord, reportTemplate } from "../transfer/report-sheet";
import { download, fileAnswer } from "../transfer/table-file";
import { validate } from "../validate";
import { enteredReport } from "./reports";
import { importAnswers, importQuery, isDryRun, readUploadForm } from "./upload-form";

const tags = ["reports"];
const periodParam = z.object({ period: periodIdSchema });
const rowStatus = z.enum(["new", "changed", "rejected"]);
const reportImportSchema = z.object({
  rows: z.array(
    z.object({
      row: z.number().int(),
      projectId: z.string(),
      status: rowStatus,
      reasons: z.array(z.string()),
    }),
  ),
  blankRows: z.number().int(),
  fileErrors: z.array(z.string()),
  counts: z.record(rowStatus, z.number().int()),
});

type Deps = Pick<Services, "store" | "reports" | "feed">;

/** Every project with its reports, which a new report is checked against. */
const projectsWithReports = (store: Deps["store"]) =>
  store.listProjectsWithReports({ current: false });

/**
 * The 旬报 sheet units send on paper or in Excel: its template for a round, and its import by
 * staff — checked row by row as a single report is, then stored all together or not at all.
 */
export function roundTransferRoutes({ store, reports, feed }: Deps) {
  const roundOr404 = async (c: Context, period: string) => {
    const round = await reports.getRound(period);
    return round
      ? { round }
      : {
          failure: apiError(c, 404, "round_not_found", {
            period: periodLabel(period, requestLang(c)),
          }),
        };
  };
  return new Hono<AppEnv>()
    .get(
      "/:period/template.xlsx",
      documented({
        summary: "The 旬报 sheet for a round, to send to units (staff, admin)",
        description:
          "Every project with its responsible unit, its last accepted 形象进度 and cumulative investment, and empty cells to fill; a header note says the round, its deadline and how to fill it.",
        tags,
        answers: { 200: fileAnswer("xlsx", "The 旬报 template workbook") },
        errors: [400, 404],
      }),
      requireRole("admin", "staff"),
      validate("param", periodParam),
      async (c) => {
        const found = await roundOr404(c, c.req.valid("param").period);
        if (found.failure) return found.failure;
        const lang = requestLang(c);
        const workbook = await reportTemplate({
          round: found.round,
          projects: await projectsWithReports(store),
          illustrative: (await store.meta()).illustrative,
          lang,
          now: new Date(),
        });
        const name = reportSheetWord("fileName", lang, { period: found.round.period });
        return download(c, workbook, "xlsx", name);
      },
    )
    .post(
      "/:period/import",
      documented({
        summary: "Import a filled 旬报 sheet (.xlsx/.csv) for an open round (staff, admin)",
        description:
          "Each row is checked as a single report is (PUT /api/projects/{id}/reports/{period}); a project or unit that matches nothing, a figure that is not a number or a project named twice is refused with its row number. With ?dryRun=1 only the row-by-row report is answered. Otherwise every row is stored, accepted at once and audited, in one transaction — or, if any row is refused, none (422 with the report).",
        tags,
        requestBody: {
          description: "multipart/form-data: `file` (.xlsx or .csv, up to 2 MB)",
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: { file: { type: "string", format: "binary" } },
              },
            },
          },
        },
        answers: importAnswers(reportImportSchema),
        errors: [400, 404, 409, 413],
        headers: writeHeaders,
      }),
      requireRole("admin", "staff"),
      validate("param", periodParam),
      validate("query", importQuery),
      async (c) => {
        const { period } = c.req.valid("param");
        const dryRun = isDryRun(c.req.valid("query"));
        const lang = requestLang(c);
        const found = await roundOr404(c, period);
        if (found.failure) return found.failure;
        const { round } = found;
        if (round.state !== "open")
          return apiError(c, 409, "no_open_round", { period: periodLabel(period, lang) });
        const upload = await readUploadForm(c, reportSheetWord("noFile", lang));
        if (upload instanceof Response) return upload;

        const inPeriod = await reports.reportsInPeriod(period);
        const { report, accepted } = checkReportImport(upload.rows, {
          round,
          projects: await projectsWithReports(store),
          reported: new Set(inPeriod.keys()),
          pending: new Set(
            [...inPeriod].filter(([, r]) => r.report.state === "submitted").map(([id]) => id),
          ),
          lang,
        });
        const failed = report.fileErrors.length > 0 || report.counts.rejected > 0;
        // A dry run is a question, answered 200 either way; `acceptable` says whether to go on.
        if (dryRun)
          return c.json({
            report,
            dryRun,
            acceptable: !failed && accepted.length > 0,
            stored: 0,
          });
        if (failed || accepted.length === 0) {
          const detail = report.fileErrors.length
            ? reportSheetWord("nothingImported", lang, {
                problems: joinClauses(report.fileErrors, lang),
              })
            : failed
              ? reportSheetWord("rowsRejected", lang, { n: report.counts.rejected })
              : reportSheetWord("noFilledRows", lang);
          return c.json(
            { ...errorBody(c, "report_import_invalid", { detail }), report, dryRun },
            422,
          );
        }
        const who = actorLabel(c.get("actor") as Actor);
        const stored = await reports
          .saveReports(
            accepted.map(({ project, input }) => ({
              project,
              report: enteredReport(
                buildReport(
                  input,
                  project,
                  previousAcceptedReport(project.reports, period),
                  period,
                ),
                round,
                who,
                false,
              ),
            })),
            { actor: who, action: "report.import", openRound: period },
          )
          .catch((error: unknown) => {
            if (error instanceof RoundNotOpen) return null;
            throw error;
          });
        if (!stored)
          return apiError(c, 409, "no_open_round", { period: periodLabel(period, lang) });
        for (const { project } of accepted)
          feed.publish({ type: "reports", period, projectId: project.id });
        return c.json({ report, dryRun, stored: accepted.length });
      },
    );
}
