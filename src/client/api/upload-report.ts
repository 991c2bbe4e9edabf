import { readJson } from "./read-json";

/** What an import answers: its row-by-row report, and whether it stored (or would store) them. */
export type UploadOutcome<Report> = {
  /** The dry run found nothing refused (or the import stored its rows). */
  ok: boolean;
  dryRun: boolean;
  stored: number;
  report: Report;
  message?: string;
};
type UploadBody<Report> = {
  report?: Report;
  stored?: number;
  acceptable?: boolean;
  error?: { message?: string };
};

/**
 * POSTs a file as multipart/form-data through `send` and reads the import's answer. A 422 with a
 * report is an answer, not a failure: it says which rows were refused, and nothing was stored.
 */
export async function uploadForReport<Report>(
  file: File,
  dryRun: boolean,
  send: (form: FormData) => Promise<Response>,
): Promise<UploadOutcome<Report>> {
  const form = new FormData();
  form.append("file", file);
  const body = await readJson<UploadBody<Report>>(send(form), {
    answers: (status, answer) =>
      status === 422 && Boolean((answer as UploadBody<Report> | null)?.report),
  });
  return {
    ok: !body.error && (body.acceptable ?? true),
    dryRun,
    stored: body.stored ?? 0,
    report: body.report as Report,
    message: body.error?.message,
  };
}
