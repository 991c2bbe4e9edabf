import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ProjectImportReport } from "../../server/transfer/project-list-sheet";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";
import { type UploadOutcome, uploadForReport } from "./upload-report";

export type {
  ProjectImportReport,
  ProjectImportRow,
} from "../../server/transfer/project-list-sheet";
export type ProjectImportOutcome = UploadOutcome<ProjectImportReport>;

/** Sends the year's key-project list: a dry run reports each row, an import stores all or none. */
export const importProjectList = (variables: { year: number; file: File; dryRun: boolean }) => {
  const year = String(variables.year);
  return uploadForReport<ProjectImportReport>(variables.file, variables.dryRun, (form) =>
    api.projects.import.$post(
      { query: variables.dryRun ? { year, dryRun: "1" } : { year } },
      { init: { body: form } },
    ),
  );
};

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
