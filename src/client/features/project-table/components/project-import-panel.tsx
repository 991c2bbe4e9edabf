import { useId, useState } from "react";
import { projectListTemplateUrl } from "../../../api/file-urls";
import {
  type ProjectImportOutcome,
  type ProjectImportRow,
  useProjectListImport,
} from "../../../api/project-import";
import { ApiError } from "../../../api/read-json";
import { useRole } from "../../../api/session";
import { Card } from "../../../components/card";
import { DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { projectImportMessages } from "../import-messages";
import "../project-import.css";

/**
 * 导入项目清单, for staff and admins: the year's template out, the filled list in — checked row by
 * row as soon as it is chosen, then imported whole once no row is refused.
 */
export function ProjectImportPanel({ asOf }: { asOf: string }) {
  const t = useMessages(projectImportMessages);
  const lang = useLang();
  const role = useRole();
  const current = Number(asOf.slice(0, 4));
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState(current);
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ProjectImportOutcome | null>(null);
  const run = useProjectListImport();
  const ids = { year: useId(), file: useId() };
  if (role !== "staff" && role !== "admin") return null;

  const check = (chosen: File | null, forYear = year) => {
    setOutcome(null);
    if (chosen)
      run.mutate({ year: forYear, file: chosen, dryRun: true }, { onSuccess: setOutcome });
  };
  const confirm = () => {
    if (file) run.mutate({ year, file, dryRun: false }, { onSuccess: setOutcome });
  };

  if (!open)
    return (
      <div className="project-import__bar">
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          {t("open")}
        </button>
      </div>
    );

  const report = outcome?.report;
  const stored = outcome && !outcome.dryRun ? outcome : null;
  const refused = report ? report.counts.refused > 0 || report.fileErrors.length > 0 : false;
  const changes = report ? report.counts.create + report.counts.update : 0;
  const detail = (r: ProjectImportRow) =>
    r.status === "refused"
      ? r.reasons
      : r.status === "update"
        ? [t("changes", { fields: r.changes.join(lang === "zh" ? "、" : ", ") })]
        : r.status === "unchanged"
          ? [t("same")]
          : r.notes;
  return (
    <Card
      title={t("title")}
      className="project-import"
      aside={
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setOpen(false)}
        >
          {t("close")}
        </button>
      }
    >
      <p className="project-import__help">{t("help")}</p>
      <div className="project-import__tools">
        <div className="field">
          <label htmlFor={ids.year}>{t("year")}</label>
          <select
            id={ids.year}
            className="select"
            value={year}
            onChange={(e) => {
              const next = Number(e.target.value);
              setYear(next);
              check(file, next);
            }}
          >
            {[current - 1, current, current + 1, current + 2].map((y) => (
              <option key={y} value={y}>
                {t("yearOption", { year: y })}
              </option>
            ))}
          </select>
        </div>
        <a className="button button--ghost" href={projectListTemplateUrl(year, lang)} download>
          {t("template", { year })}
        </a>
        <div className="field project-import__file">
          <label htmlFor={ids.file}>{t("file")}</label>
          <input
            id={ids.file}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null;
              setFile(chosen);
              check(chosen);
            }}
          />
        </div>
      </div>
      {run.isPending && (
        <p className="project-import__status" role="status">
          {run.variables?.dryRun ? t("checking") : t("importing")}
        </p>
      )}
      {run.error instanceof ApiError && (
        <p className="project-import__error" role="alert">
          {run.error.message}
        </p>
      )}
      {stored?.ok && (
        <p className="project-import__ok" role="status">
          {stored.stored > 0
            ? t("imported", {
                create: stored.report.counts.create,
                update: stored.report.counts.update,
              })
            : t("nothingToDo")}
        </p>
      )}
      {report && !stored?.ok && (
        <div className="project-import__report">
          {outcome?.message && <p className="project-import__error">{outcome.message}</p>}
          {report.fileErrors.length > 0 && (
            <div role="alert">
              <h3>{t("fileErrors")}</h3>
              <ul>
                {report.fileErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </div>
          )}
          <p className="project-import__counts" role="status">
            {t("counts", { ...report.counts })}
          </p>
          {report.rows.length > 0 && (
            <DataTable
              cards
              compact
              caption={t("reportCaption")}
              captionHidden
              rows={report.rows}
              rowKey={(r) => String(r.row)}
              rowProps={(r) => ({
                className: `project-import__row project-import__row--${r.status}`,
                "data-row": String(r.row),
              })}
              columns={[
                {
                  id: "row",
                  header: t("colRow"),
                  numeric: true,
                  className: "project-import__col-row",
                  cell: (r) => r.row,
                },
                {
                  id: "name",
                  header: t("colName"),
                  rowHeader: true,
                  // On a phone the row number heads its card, beside the name.
                  cell: (r) => (
                    <>
                      <span className="project-import__rowno">{t("rowN", { n: r.row })}</span>
                      {r.name}
                    </>
                  ),
                },
                {
                  id: "status",
                  header: t("colResult"),
                  cell: (r) => (
                    <span
                      className={`project-import__status-tag project-import__status-tag--${r.status}`}
                    >
                      {t(r.status)}
                    </span>
                  ),
                },
                {
                  id: "detail",
                  header: t("colDetail"),
                  cell: (r) => {
                    const lines = detail(r);
                    return lines.length ? (
                      <ul className="project-import__reasons">
                        {lines.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    ) : null;
                  },
                },
              ]}
            />
          )}
          {outcome?.dryRun && (
            <div className="project-import__confirm">
              <button
                type="button"
                className="button"
                disabled={refused || changes === 0 || run.isPending}
                aria-describedby={refused ? `${ids.file}-refused` : undefined}
                onClick={confirm}
              >
                {t("confirm")}
              </button>
              {refused && (
                <span id={`${ids.file}-refused`} className="project-import__hint">
                  {t("confirmHint")}
                </span>
              )}
              {!refused && changes === 0 && (
                <span className="project-import__note">{t("nothingToDo")}</span>
              )}
              <button
                type="button"
                className="button button--ghost"
                disabled={!file || run.isPending}
                onClick={() => check(file)}
              >
                {t("recheck")}
              </button>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
