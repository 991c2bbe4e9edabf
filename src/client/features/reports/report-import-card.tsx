import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { periodLabel } from "../../../domain/formats";
import { localized } from "../../../domain/i18n";
import { roundTemplateFileUrl } from "../../api/file-urls";
import { queryKeys } from "../../api/query-keys";
import { ApiError } from "../../api/read-json";
import {
  importRoundReports,
  type ReportImportOutcome,
  type Round,
  type RoundReport,
} from "../../api/reports";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { reportImportMessages } from "./messages";

/**
 * The sheet units send: the round's template out, the filled file in — checked first, row by
 * row, then imported all together (accepted at once) or not at all.
 */
export function ReportImportCard({
  round,
  rows,
  onSaid,
}: {
  round: Round;
  rows: RoundReport[];
  onSaid: (text: string) => void;
}) {
  const t = useMessages(reportImportMessages);
  const lang = useLang();
  const client = useQueryClient();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ReportImportOutcome | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      importRoundReports({ period: round.period, file: file as File, dryRun }),
    onSuccess: (answer) => {
      setOutcome(answer);
      if (answer.dryRun || !answer.stored) return;
      client.invalidateQueries({ queryKey: queryKeys.rounds() });
      client.invalidateQueries({ queryKey: queryKeys.projects() });
      onSaid(t("imported", { n: answer.stored }));
    },
  });
  const names = new Map(rows.map((r) => [r.projectId, localized(r, "name", lang)]));
  const report = outcome?.report;
  const importable = outcome?.dryRun && outcome.ok ? report : undefined;
  const toImport = importable ? importable.counts.new + importable.counts.changed : 0;
  return (
    <Card title={t("title")} className="report-import">
      <p className="report-grid__help">{t("help")}</p>
      <div className="report-import__tools">
        <a
          className="button button--ghost"
          href={roundTemplateFileUrl(round.period, lang)}
          download
        >
          {t("template", { period: periodLabel(round.period, lang) })}
        </a>
        <label className="field" htmlFor={fileId}>
          {t("file")}
          <input
            id={fileId}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={!file || run.isPending}
          onClick={() => run.mutate(true)}
        >
          {run.isPending && run.variables ? t("checking") : t("check")}
        </button>
        {importable && toImport > 0 && (
          <button
            type="button"
            className="button"
            disabled={run.isPending}
            onClick={() => run.mutate(false)}
          >
            {run.isPending ? t("importing") : t("import", { n: toImport })}
          </button>
        )}
      </div>
      {run.error instanceof ApiError && (
        <p className="reports__error" role="alert">
          {run.error.message}
        </p>
      )}
      {outcome && !outcome.dryRun && outcome.stored > 0 && (
        <p className="report-grid__ok" role="status">
          {t("imported", { n: outcome.stored })}
        </p>
      )}
      {outcome && report && !(outcome.stored > 0) && (
        <div className="report-import__report" role="status">
          {outcome.message && <p className="reports__error">{outcome.message}</p>}
          {report.fileErrors.length > 0 && (
            <>
              <h3>{t("fileErrors")}</h3>
              <ul>
                {report.fileErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </>
          )}
          <p>
            {t("counts", {
              new: report.counts.new ?? 0,
              changed: report.counts.changed ?? 0,
              rejected: report.counts.rejected ?? 0,
              blank: report.blankRows,
            })}
          </p>
          {(report.counts.rejected ?? 0) > 0 && <p>{t("fixAndRetry")}</p>}
          {report.rows.length > 0 && (
            <DataTable
              cards
              compact
              caption={t("title")}
              captionHidden
              rows={report.rows}
              rowKey={(r) => String(r.row)}
              rowProps={(r) => ({
                className: `report-import__row report-import__row--${r.status}`,
                "data-row": String(r.row),
              })}
              columns={[
                { id: "row", header: t("colRow"), numeric: true, cell: (r) => r.row },
                {
                  id: "project",
                  header: t("colProject"),
                  cell: (r) => names.get(r.projectId) ?? r.projectId,
                },
                { id: "status", header: t("colResult"), cell: (r) => t(r.status) },
                { id: "reasons", header: t("colReasons"), cell: (r) => r.reasons.join("；") },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}
