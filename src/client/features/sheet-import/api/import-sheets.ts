import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportReport } from "../../../../server/transfer/import-check";
import { api } from "../../../api/api-client";
import { queryKeys } from "../../../api/query-keys";
import { readJson } from "../../../api/read-json";

export type { ImportReport, ReportRow, RowStatus } from "../../../../server/transfer/import-check";
export type ImportOutcome = {
  ok: boolean;
  dryRun: boolean;
  stored: number;
  report: ImportReport;
  message?: string;
};
type Variables = { eventId: string; file: File; dryRun: boolean; reason?: string };

type Answer = Partial<ImportOutcome> & {
  acceptable?: boolean;
  error?: { code?: string; message?: string };
};

/**
 * POSTs the file as multipart/form-data (the route reads the form itself, so the file goes as the
 * request's body). A 422 with a report is an answer, not a failure: the page shows which rows
 * were refused.
 */
async function importSheets({ eventId, file, dryRun, reason }: Variables): Promise<ImportOutcome> {
  const form = new FormData();
  form.append("file", file);
  if (reason) form.append("reason", reason);
  const body = await readJson<Answer>(
    api.events[":id"].import.$post(
      { param: { id: eventId }, query: dryRun ? { dryRun: "1" } : {} },
      { init: { body: form } },
    ),
    { answers: (status, answer) => status === 422 && Boolean((answer as Answer | null)?.report) },
  );
  return {
    // A 422's report comes with the error body that says why nothing was stored.
    ok: !body.error && (body.acceptable ?? true),
    dryRun,
    stored: body.stored ?? 0,
    report: body.report as ImportReport,
    message: body.error?.message,
  };
}

export function useImportSheets() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importSheets,
    onSuccess: (outcome, { eventId }) => {
      if (outcome.dryRun || !outcome.stored) return;
      for (const key of [
        queryKeys.eventSheets(eventId),
        queryKeys.eventResults(eventId),
        queryKeys.eventAudit(eventId),
        queryKeys.eventQuality(eventId),
      ])
        client.invalidateQueries({ queryKey: key });
    },
  });
}
