import { useId, useState } from "react";
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
          <div className="table-scroll import-report__scroll">
            <table className="data-table data-table--compact">
              <caption className="visually-hidden">{t("reportCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t("colRow")}
                  </th>
                  <th scope="col">{t("colEvaluator")}</th>
                  <th scope="col">{t("colProject")}</th>
                  <th scope="col">{t("colStatus")}</th>
                  <th scope="col">{t("colReasons")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.row} className={`import-row import-row--${r.status}`}>
                    <td className="num">{r.row}</td>
                    <td className="import-row__evaluator">{evaluatorName(r.evaluatorId)}</td>
                    <td className="import-row__project">{projectName(r.projectId)}</td>
                    <td className="import-row__status">
                      <span aria-hidden="true">{marks[r.status]}</span> {t(`status_${r.status}`)}
                    </td>
                    <td className="import-row__reasons">{r.reasons.join("；")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {report.blankRows > 0 && (
        <p className="import-muted">{t("blankRows", { n: report.blankRows })}</p>
      )}
    </div>
  );
}
