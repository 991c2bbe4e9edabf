import { Hono } from "hono";
import { z } from "zod";
import { joinClauses } from "../../domain/shared-messages";
import { yearOfDate } from "../../domain/year-plan";
import { documented, writeHeaders } from "../api-doc";
import { errorBody, requestLang } from "../api-error";
import { type Actor, type AppEnv, actorLabel } from "../auth/actor";
import { requireRole } from "../auth/identify";
import type { Services } from "../services";
import {
  checkProjectImport,
  projectListTemplate,
  projectSheetWord,
} from "../transfer/project-list-sheet";
import { download, fileAnswer } from "../transfer/table-file";
import { validate } from "../validate";
import { importAnswers, importQuery, isDryRun, readUploadForm } from "./upload-form";

const tags = ["projects"];
const yearField = z
  .string()
  .regex(/^(20\d\d|2100)$/, "a year like 2023")
  .optional();
const yearQuery = z.object({ year: yearField });
const rowStatus = z.enum(["create", "update", "unchanged", "refused"]);
const projectImportSchema = z.object({
  year: z.number().int(),
  rows: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      status: rowStatus,
      projectId: z.string().nullable(),
      reasons: z.array(z.string()),
      notes: z.array(z.string()),
      changes: z.array(z.string()),
    }),
  ),
  fileErrors: z.array(z.string()),
  counts: z.record(rowStatus, z.number().int()),
});

type Deps = Pick<Services, "store" | "projectWrites" | "categories" | "feed">;

/**
 * The year's key-project list as a 发改 office keeps it (.xlsx): its template, and its import by
 * staff — a row-by-row report first, then every new project and every update stored together, or none.
 */
export function projectImportRoutes({ store, projectWrites, categories, feed }: Deps) {
  const currentYear = async () => yearOfDate((await store.meta()).asOf);
  const staffOnly = requireRole("admin", "staff");
  return new Hono<AppEnv>()
    .get(
      "/import-template.xlsx",
      documented({
        summary: "The key-project list template for a year (staff, admin)",
        description:
          "The columns a 发改 office keeps (项目名称, 类别, 建设主体, 责任单位, 包联领导, 总投资, 年度计划投资, 开工/竣工时间, 所在街道), drop-down lists for category and street, and a note on what the app fills in itself. ?year= defaults to the year 数据截至 falls in.",
        tags,
        answers: { 200: fileAnswer("xlsx", "The key-project list template") },
        errors: [400],
      }),
      staffOnly,
      validate("query", yearQuery),
      async (c) => {
        const lang = requestLang(c);
        const year = Number(c.req.valid("query").year ?? (await currentYear()));
        const workbook = await projectListTemplate({
          year,
          categories: await categories.list(),
          lang,
        });
        return download(c, workbook, "xlsx", projectSheetWord("fileName", lang, { year }));
      },
    )
    .post(
      "/import",
      documented({
        summary: "Import the year's key-project list (.xlsx/.csv) (staff, admin)",
        description:
          "Rows are matched to projects by name (trimmed, full-width forms folded): a new name creates a project, a known one updates it, an identical one changes nothing; the year's plan is stored for ?year= (default: the year 数据截至 falls in). An unknown category or street, a figure or date that cannot be read, or a name given twice refuses its row, with a reason per cell. With ?dryRun=1 only the row-by-row report is answered. Otherwise all rows are stored and audited (before → after) in one transaction — or, if any row is refused, none (422 with the report).",
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
                  reason: { type: "string" },
                },
              },
            },
          },
        },
        answers: importAnswers(projectImportSchema),
        errors: [400, 413],
        headers: writeHeaders,
      }),
      staffOnly,
      validate("query", importQuery.extend({ year: yearField })),
      async (c) => {
        const query = c.req.valid("query");
        const dryRun = isDryRun(query);
        const lang = requestLang(c);
        const year = Number(query.year ?? (await currentYear()));
        const upload = await readUploadForm(c, projectSheetWord("noFile", lang));
        if (upload instanceof Response) return upload;

        const current = new Set((await store.listCurrentProjects()).map((p) => p.id));
        const projects = await store.listProjects();
        const { report, plan } = checkProjectImport(upload.rows, {
          year,
          asOf: (await store.meta()).asOf,
          projects,
          archived: new Set(projects.filter((p) => !current.has(p.id)).map((p) => p.id)),
          categories: await categories.list(),
          lang,
        });
        const failed = report.fileErrors.length > 0 || report.counts.refused > 0;
        const listed = report.rows.length;
        // A dry run is a question, answered 200 either way; `acceptable` says whether to go on.
        if (dryRun) return c.json({ report, dryRun, acceptable: !failed && listed > 0, stored: 0 });
        if (failed || listed === 0) {
          const detail = report.fileErrors.length
            ? projectSheetWord("nothingImported", lang, {
                problems: joinClauses(report.fileErrors, lang),
              })
            : failed
              ? projectSheetWord("rowsRefused", lang, { n: report.counts.refused })
              : projectSheetWord("noRows", lang);
          return c.json(
            { ...errorBody(c, "project_import_invalid", { detail }), report, dryRun },
            422,
          );
        }
        const reason = upload.reason || projectSheetWord("reason", lang, { year });
        await projectWrites.importList(plan, actorLabel(c.get("actor") as Actor), reason);
        if (plan.creates.length + plan.updates.length > 0) feed.publish({ type: "projects" });
        return c.json({
          report,
          dryRun,
          stored: plan.creates.length + plan.updates.length,
        });
      },
    );
}
