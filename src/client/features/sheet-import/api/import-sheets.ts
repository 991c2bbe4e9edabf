import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ImportReport } from "../../../../server/transfer/import-check";
import { queryClient } from "../../../api/query-client";
import { queryKeys } from "../../../api/query-keys";
import { ApiError } from "../../../api/read-json";
import { currentLang } from "../../../i18n/lang";

export type { ImportReport, ReportRow, RowStatus } from "../../../../server/transfer/import-check";
export type ImportOutcome = {
  ok: boolean;
  dryRun: boolean;
  stored: number;
  report: ImportReport;
  message?: string;
};
type Variables = { eventId: string; file: File; dryRun: boolean; reason?: string };

/**
 * POSTs the file as multipart/form-data (the typed client has no form route for it). A 422 with a
 * report is an answer, not a failure: the page shows which rows were refused.
 */
async function importSheets({ eventId, file, dryRun, reason }: Variables): Promise<ImportOutcome> {
  const form = new FormData();
  form.append("file", file);
  if (reason) form.append("reason", reason);
  const session = queryClient.getQueryData<{ csrfToken?: string }>(queryKeys.session());
  let res: Response;
  try {
    res = await fetch(
      `/api/events/${encodeURIComponent(eventId)}/import${dryRun ? "?dryRun=1" : ""}`,
      {
        method: "POST",
        headers: {
          "Accept-Language": currentLang(),
          ...(session?.csrfToken ? { "X-CSRF-Token": session.csrfToken } : {}),
        },
        body: form,
      },
    );
  } catch {
    throw new ApiError(0, "network", "");
  }
  const body = (await res.json().catch(() => null)) as
    | (Partial<ImportOutcome> & {
        acceptable?: boolean;
        error?: { code?: string; message?: string };
      })
    | null;
  if ((res.ok || res.status === 422) && body?.report)
    return {
      ok: res.ok && (body.acceptable ?? true),
      dryRun,
      stored: body.stored ?? 0,
      report: body.report,
      message: body.error?.message,
    };
  throw new ApiError(
    res.status,
    body?.error?.code ?? "http",
    body?.error?.message ?? res.statusText,
  );
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
