import type { Context } from "hono";
import { z } from "zod";
import { errorResponseSchema } from "../../domain/api-views";
import { apiError, requestLang } from "../api-error";
import { readUpload, type UploadRow } from "../transfer/read-upload";
import { fileProblemText } from "../transfer/transfer-messages";
import { UploadProblem, uploadLimits } from "../transfer/upload-limits";

const maxUploadBytes = 2 * 1024 * 1024;

/**
 * The rows of the .xlsx or .csv file a multipart form carries (field `file`), and its optional
 * `reason`; or the answer that says, in the reader's language, why the file cannot be read.
 */
export async function readUploadForm(
  c: Context,
  noFileText: string,
): Promise<{ rows: UploadRow[]; reason: string } | Response> {
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody();
  } catch {
    return apiError(c, 400, "invalid_form");
  }
  const file = form.file;
  if (!(file instanceof File)) return apiError(c, 400, "invalid_parameter", { detail: noFileText });
  if (file.size > maxUploadBytes) return apiError(c, 413, "body_too_large", { limit: "2 MB" });
  const reason = typeof form.reason === "string" ? form.reason.trim().slice(0, 500) : "";
  try {
    return { rows: await readUpload(new Uint8Array(await file.arrayBuffer())), reason };
  } catch (error) {
    // Our own words only: a library's message would be English, technical, or both.
    const kind = error instanceof UploadProblem ? error.kind : "damaged";
    const limit =
      kind === "too_many_rows"
        ? String(uploadLimits.maxRows)
        : `${uploadLimits.maxUnpackedBytes / 1024 / 1024} MB`;
    const detail = fileProblemText(kind, requestLang(c), { limit });
    return kind === "too_large" || kind === "too_many_rows"
      ? apiError(c, 413, "import_file_too_large", { name: file.name, detail })
      : apiError(c, 400, "import_file_unreadable", { name: file.name, detail });
  }
}

/** `?dryRun=1`: check the file and report row by row, storing nothing. */
export const importQuery = z.object({ dryRun: z.enum(["0", "1", "true", "false"]).optional() });
export const isDryRun = (query: z.infer<typeof importQuery>) =>
  ["1", "true"].includes(query.dryRun ?? "");

/** What an import answers: its row-by-row report, and whether anything was stored (all or none). */
export const importAnswers = <Report extends z.ZodType>(report: Report) => ({
  200: z.object({
    report,
    dryRun: z.boolean(),
    acceptable: z.boolean().optional(),
    stored: z.number().int(),
  }),
  422: errorResponseSchema.extend({ report, dryRun: z.boolean() }),
});
