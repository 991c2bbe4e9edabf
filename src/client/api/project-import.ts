import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ProjectImportReport } from "../../server/transfer/project-list-sheet";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { readJson } from "./read-json";

export type {
  ProjectImportReport,
  ProjectImportRow,
} from "../../server/transfer/project-list-sheet";
export type ProjectImportOutcome = {
  /** The dry run found nothing refused (or the import stored its rows). */
  ok: boolean;
  dryRun: boolean;
  stored: number;
  report: ProjectImportReport;
  message?: string;
};
type ImportBody = {
  report?: ProjectImportReport;
  stored?: number;
  acceptable?: boolean;
  error?: { message?: string };
};

/**
 * POSTs the year's key-project list as multipart/form-data. A 422 with a report is an answer, not a
 * failure: it says which rows were refused, and nothing was stored.
 */
export async function importProjectList(variables: {
  year: number;
  file: File;
  dryRun: boolean;
}): Promise<ProjectImportOutcome> {
  const form = new FormData();
  form.append("file", variables.file);
  const year = String(variables.year);
  const body = await readJson<ImportBody>(
    api.projects.import.$post(
      { query: variables.dryRun ? { year, dryRun: "1" } : { year } },
      { init: { body: form } },
    ),
    {
      answers: (status, answer) => status === 422 && Boolean((answer as ImportBody | null)?.report),
    },
  );
  return {
    ok: !body.error && (body.acceptable ?? true),
    dryRun: variables.dryRun,
    stored: body.stored ?? 0,
    report: body.report as ProjectImportReport,
    message: body.error?.message,
  };
}

/** Checks (dry run) or imports the list; an import refreshes the list, the map and the wall. */
export function useProjectListImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: importProjectList,
    onSuccess: (answer) => {
      if (!answer.dryRun && answer.stored > 0)
        client.invalidateQueries({ queryKey: queryKeys.projects() });
    },
  });
}
