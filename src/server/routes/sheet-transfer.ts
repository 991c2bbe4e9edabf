import { type Context, Hono } from "hono";
import { z } from "zod";
import { computeEventResults } from "../../domain/event-results";
import { LANGS } from "../../domain/i18n";
import { categorySchema } from "../../domain/project";
import type { InspectionEvent } from "../../domain/scoring-schemas";
import { joinClauses } from "../../domain/shared-messages";
import { documented, writeHeaders } from "../api-doc";
import { apiError, errorBody, requestLang } from "../api-error";
import { type Actor, actorLabel, maySeeResults } from "../auth/actor";
import { requireRole } from "../auth/identify";
import type { Services } from "../services";
import { BatchRefused } from "../store/sheet-batch";
import {
  type ExportContext,
  type ExportFilters,
  resultsTable,
  sheetsTable,
} from "../transfer/export-tables";
import { checkImport } from "../transfer/import-check";
import { download, fileAnswer, type TableFile, toCsv, toXlsx } from "../transfer/table-file";
import { templateWorkbook } from "../transfer/template-workbook";
import { reasonText, word } from "../transfer/transfer-messages";
import { validate } from "../validate";
import { type EventEnv, eventIdParam, eventInPath } from "./event-in-path";
import { importAnswers, importQuery, isDryRun, readUploadForm } from "./upload-form";

const exportQuery = z.object({
  cat: categorySchema.optional(),
  street: z.string().max(40).optional(),
  q: z.string().max(100).optional(),
  lang: z.enum(LANGS).optional(),
});

const rowStatus = z.enum(["new", "changed", "unchanged", "rejected"]);
const importReportSchema = z.object({
  rows: z.array(
    z.object({
      row: z.number().int(),
      evaluatorId: z.string(),
      projectId: z.string(),
      status: rowStatus,
      reasons: z.array(z.string()),
    }),
  ),
  blankRows: z.number().int(),
  fileErrors: z.array(z.string()),
  counts: z.record(rowStatus, z.number().int()),
  needsReason: z.boolean(),
});
const exportFiles = {
  "results.xlsx": "The results as .xlsx, with header rows: event, filters, 数据截至",
  "results.csv": "The results as .csv (UTF-8 with BOM), with the same header rows",
  "sheets.xlsx": "The raw sheets as .xlsx, cells neutralised against formula injection",
  "sheets.csv": "The raw sheets as .csv, cells neutralised against formula injection",
} as const;
const tags = ["spreadsheets"];

/**
 * Spreadsheets in and out: the entry template and its import (staff), and the results and raw
 * sheets as .xlsx / .csv (anyone who may read).
 */
export function sheetTransferRoutes(services: Services) {
  const { store, feed, sheetBatch: batch } = services;

  const exportContext = async (
    c: Context,
    event: InspectionEvent,
    filters: ExportFilters,
  ): Promise<ExportContext> => ({
    event,
    projects: await store.listProjects(),
    evaluators: await store.eventEvaluators(event),
    illustrative: (await store.meta()).illustrative,
    lang: requestLang(c),
    filters,
    now: new Date(),
    categories: await services.categories.list(),
  });
  const fileName = (ctx: ExportContext, title: string) => `${ctx.event.date}-${title}`;
  const send = async (c: Context, table: TableFile, type: "xlsx" | "csv", name: string) =>
    type === "csv"
      ? download(c, toCsv(table), "csv", name)
      : download(c, await toXlsx([table]), "xlsx", name);

  const routes = new Hono<EventEnv>()
    .get(
      "/:id/template.xlsx",
      documented({
        summary: "The entry template for the event (staff)",
        tags,
        answers: { 200: fileAnswer("xlsx", "The template workbook") },
        errors: [404],
      }),
      requireRole("admin", "staff"),
      validate("param", eventIdParam),
      eventInPath(store),
      async (c) => {
        const event = c.get("event");
        const id = event.id;
        const lang = requestLang(c);
        const workbook = await templateWorkbook({
          event,
          projects: await store.listProjects(),
          evaluators: await store.eventEvaluators(event),
          sheets: await store.listSheets(id),
          illustrative: (await store.meta()).illustrative,
          lang,
          now: new Date(),
        });
        return download(c, workbook, "xlsx", `${event.date}-${word("templateFileName", lang)}`);
      },
    )
    .post(
      "/:id/import",
      documented({
        summary: "Import filled sheets (.xlsx/.csv); all rows or none, with a row-by-row report",
        tags,
        requestBody: {
          description: "multipart/form-data: `file` (.xlsx or .csv, up to 2 MB), optional `reason`",
          content: {
            "multipart/form-data": {
              schema: {
                type: "object",
                required: ["file"],
                properties: {
                  file: { type: "string", format: "binary" },
                  reason: { type: "string", maxLength: 500 },
                },
              },
            },
          },
        },
        answers: importAnswers(importReportSchema),
        errors: [400, 404, 409, 413],
        headers: writeHeaders,
      }),
      requireRole("admin", "staff"),
      validate("param", eventIdParam),
      validate("query", importQuery),
      eventInPath(store),
      async (c) => {
        const actor = c.get("actor") as Actor; // requireRole: someone is signed in
        const event = c.get("event");
        const id = event.id;
        const dryRun = isDryRun(c.req.valid("query"));
        if (event.state === "published") return apiError(c, 409, "event_published");
        if (!["open", "closed"].includes(event.state))
          return apiError(c, 409, "event_not_open", { state: event.state });
        const lang = requestLang(c);

        const upload = await readUploadForm(c, word("noFileAttached", lang));
        if (upload instanceof Response) return upload;
        const { rows, reason } = upload;
        const { report, accepted } = checkImport(rows, {
          event,
          evaluators: await store.eventEvaluators(event),
          projects: await store.listProjects(),
          sheets: await store.listSheets(id),
          lang,
        });
        if (!dryRun && report.needsReason && !reason) {
          // Not a problem for a dry run: the page asks for the reason once it has seen the report.
          for (const r of report.rows)
            if (r.status === "changed") {
              r.status = "rejected";
              r.reasons.push(reasonText("reason_required", lang));
              report.counts.changed--;
              report.counts.rejected++;
            }
        }
        const failed = report.fileErrors.length > 0 || report.counts.rejected > 0;
        // A dry run is a question, answered 200 either way; `acceptable` says whether to go on.
        if (dryRun) return c.json({ report, dryRun, acceptable: !failed, stored: 0 });
        const empty = !failed && accepted.length === 0;
        if (failed || empty) {
          const detail = report.fileErrors.length
            ? word("nothingImported", lang, { problems: joinClauses(report.fileErrors, lang) })
            : failed
              ? word("rowsRejected", lang, { n: report.counts.rejected })
              : word("noFilledRows", lang);
          return c.json({ ...errorBody(c, "sheet_invalid", { detail }), report, dryRun }, 422);
        }

        const toWrite = accepted.filter((a) => a.status !== "unchanged");
        try {
          await batch.putAll(id, toWrite, {
            actor: actorLabel(actor),
            reason: reason || undefined,
          });
        } catch (error) {
          if (!(error instanceof BatchRefused)) throw error;
          return apiError(
            c,
            409,
            error.kind === "reason_required" ? "reason_required" : "version_conflict",
            { current: "?" },
          );
        }
        for (const a of toWrite)
          feed.publish({
            type: "sheets",
            eventId: id,
            projectId: a.projectId,
            evaluatorId: a.evaluatorId,
          });
        return c.json({ report, dryRun, stored: toWrite.length });
      },
    );

  // One route per file, so that each is a path of its own (with its media type) in the document.
  for (const [file, description] of Object.entries(exportFiles)) {
    const [kind, type] = file.split(".") as ["results" | "sheets", "xlsx" | "csv"];
    routes.get(
      `/:id/${file}`,
      documented({
        summary: description,
        tags,
        answers: { 200: fileAnswer(type, description) },
        errors: [404],
      }),
      validate("param", eventIdParam),
      validate("query", exportQuery),
      eventInPath(store),
      async (c) => {
        const { cat, street, q } = c.req.valid("query");
        const ctx = await exportContext(c, c.get("event"), {
          cat,
          street,
          q: q?.trim() || undefined,
        });
        const id = ctx.event.id;
        // A personal link reads its own sheets only (GET …/sheets), and results once published.
        const actor = c.get("actor");
        if (actor?.kind === "evaluator" && kind === "sheets") return apiError(c, 403, "forbidden");
        if (!maySeeResults(actor, ctx.event.state))
          return apiError(c, 403, "results_not_published");
        if (kind === "results") {
          const sheets = await store.listSheets(id);
          const results = computeEventResults(ctx.event, ctx.projects, sheets, ctx.evaluators);
          return send(
            c,
            resultsTable(ctx, results),
            type,
            fileName(ctx, word("resultsFileName", ctx.lang)),
          );
        }
        return send(
          c,
          sheetsTable(ctx, await store.listSheets(id)),
          type,
          fileName(ctx, word("sheetsFileName", ctx.lang)),
        );
      },
    );
  }
  return routes;
}
