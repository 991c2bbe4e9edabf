import { useId, useState } from "react";
import { DataTable } from "../../../components/data-table";
import { useMessages } from "../../../i18n/messages";
import type { ImportReport, RowStatus } from "../api/import-sheets";
import { sheetImportMessages } from "../messages";

const marks: Record<RowStatus, string> = {
  new: "＋",
  changed: "✎",
  unchanged: "＝",
  rejected: "✕",
};

/** The server's row-by-row verdict: row number as in the file, result in words, and why. */
export function ImportReportTable({
  report,
  evaluatorName,
  projectName,
}: {
  report: ImportReport;
  evaluatorName: (id: string) => string;
  projectName: (id: string) => string;
}) {
  const t = useMessages(sheetImportMessages);
  const id = useId();
  const [onlyRejected, setOnlyRejected] = useState(report.counts.rejected > 0);
  const rows = onlyRejected ? report.rows.filter((r) => r.status === "rejected") : report.rows;
  return (
    <div className="import-report">
      {report.fileErrors.length > 0 && (
        <div className="import-report__file-errors">
          <h3>{t("fileErrors")}</h3>
          <ul>
            {report.fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {report.rows.length > 0 && (
        <>
          <label className="import-report__filter" htmlFor={`${id}-only`}>
            <input
              id={`${id}-only`}
              type="checkbox"
              checked={onlyRejected}
              onChange={(e) => setOnlyRejected(e.target.checked)}
            />
            {t("onlyRejected")} ({report.counts.rejected})
          </label>
          <DataTable
            columns={[
              { id: "row", header: t("colRow"), numeric: true, cell: (r) => r.row },
              {
                id: "evaluator",
                header: t("colEvaluator"),
                cellClassName: "import-row__evaluator",
                cell: (r) => evaluatorName(r.evaluatorId),
              },
              {
                id: "project",
                header: t("colProject"),
                cellClassName: "import-row__project",
                cell: (r) => projectName(r.projectId),
              },
              {
                id: "status",
                header: t("colStatus"),
                cellClassName: "import-row__status",
                cell: (r) => (
                  <>
                    <span aria-hidden="true">{marks[r.status]}</span> {t(`status_${r.status}`)}
                  </>
                ),
              },
              {
                id: "reasons",
                header: t("colReasons"),
                cellClassName: "import-row__reasons",
                cell: (r) => r.reasons.join("；"),
              },
            ]}
            rows={rows}
            rowKey={(r) => String(r.row)}
            caption={t("reportCaption")}
            captionHidden
            compact
            scrollClassName="import-report__scroll"
            rowProps={(r) => ({ className: `import-row import-row--${r.status}` })}
          />
        </>
      )}
      {report.blankRows > 0 && (
        <p className="import-muted">{t("blankRows", { n: report.blankRows })}</p>
      )}
    </div>
  );
}
