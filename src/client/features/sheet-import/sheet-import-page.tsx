import { type FormEvent, useId, useState } from "react";
import { Link } from "wouter";
import { entryEvent } from "../../../domain/default-event";
import type { EventState } from "../../../domain/scoring-schemas";
import { useEvent, useEvents } from "../../api/events";
import { templateFileUrl } from "../../api/file-urls";
import { useProjects } from "../../api/projects";
import { useRole } from "../../api/session";
import { AsyncState, EmptyState } from "../../components/async-state";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { useDashboardSearch } from "../../lib/dashboard-search";
import { type ImportOutcome, useImportSheets } from "./api/import-sheets";
import { ImportReportTable } from "./components/import-report";
import { sheetImportMessages } from "./messages";
import "./sheet-import.css";

const maxBytes = 2 * 1024 * 1024;

/** `/entry/import`: template out, filled file in — checked row by row, stored all or nothing. */
export function SheetImportPage() {
  const t = useMessages(sheetImportMessages);
  const role = useRole();
  const eventsQuery = useEvents();
  if (role !== "staff" && role !== "admin")
    return (
      <div className="sheet-import">
        <header className="page-header">
          <h1>{t("title")}</h1>
        </header>
        <EmptyState>
          {t("signInNeeded")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent("/entry/import")}`}>{t("signIn")}</Link>
        </EmptyState>
      </div>
    );
  return (
    <div className="sheet-import">
      <header className="page-header">
        <h1>{t("title")}</h1>
      </header>
      <p>{t("intro")}</p>
      <AsyncState query={eventsQuery}>
        {() => {
          const writable = (eventsQuery.data?.events ?? []).filter(
            (e) => e.state === "open" || e.state === "closed",
          );
          return writable.length ? (
            <ImportForm events={writable} />
          ) : (
            <EmptyState>{t("noWritableEvent")}</EmptyState>
          );
        }}
      </AsyncState>
    </div>
  );
}

type EventItem = { id: string; name: string; nameEn: string; state: EventState; date: string };

function ImportForm({ events }: { events: EventItem[] }) {
  const t = useMessages(sheetImportMessages);
  const lang = useLang();
  const id = useId();
  const { search, update } = useDashboardSearch();
  // Sheets are imported where they are entered: the desk's rule when the address names none.
  const eventId =
    events.find((e) => e.id === search.event)?.id ?? entryEvent(events)?.id ?? events[0].id;
  const eventQuery = useEvent(eventId);
  const projects = useProjects().data?.projects ?? [];
  const mutation = useImportSheets();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState("");
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState("");
  // The last answer, and for which file: a new file needs a new check before it can be imported.
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const evaluators = new Map((eventQuery.data?.evaluators ?? []).map((e) => [e.id, e]));
  const projectNames = new Map(projects.map((p) => [p.id, localized(p, "name", lang)]));
  const evaluatorName = (eid: string) => {
    const e = evaluators.get(eid);
    return e ? `${localized(e, "label", lang)} (${eid})` : eid || "—";
  };
  const projectName = (pid: string) => projectNames.get(pid) ?? (pid || "—");

  const chooseFile = (chosen: File | null) => {
    setOutcome(null);
    mutation.reset();
    setFileError("");
    if (chosen && !/\.(xlsx|csv)$/i.test(chosen.name)) setFileError(t("fileType"));
    else if (chosen && chosen.size > maxBytes)
      setFileError(
        t("fileTooLarge", { name: chosen.name, size: `${(chosen.size / 1048576).toFixed(1)} MB` }),
      );
    setFile(chosen);
  };
  const run = (dryRun: boolean) => {
    if (!file || fileError) return;
    mutation.mutate(
      { eventId, file, dryRun, reason: reason.trim() || undefined },
      { onSuccess: setOutcome },
    );
  };
  const checked = outcome?.dryRun && outcome.ok ? outcome : null;
  const toImport = checked ? checked.report.counts.new + checked.report.counts.changed : 0;
  const onImport = (e: FormEvent) => {
    e.preventDefault();
    if (checked?.report.needsReason && !reason.trim()) {
      setReasonError(t("reasonMissing"));
      return;
    }
    setReasonError("");
    run(false);
  };
  const counts = outcome?.report.counts;

  return (
    <>
      <section className="card" aria-labelledby={`${id}-s1`}>
        <h2 className="card__title" id={`${id}-s1`}>
          {t("step1")}
        </h2>
        <div className="sheet-import__row">
          <label className="field" htmlFor={`${id}-event`}>
            {t("event")}
            <select
              id={`${id}-event`}
              className="select"
              value={eventId}
              onChange={(e) => {
                update({ event: e.target.value });
                setOutcome(null);
              }}
            >
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {localized(e, "name", lang)} · {e.date}
                </option>
              ))}
            </select>
          </label>
          <a className="button button--ghost" href={templateFileUrl(eventId, lang)} download>
            <span aria-hidden="true">⇩</span> {t("downloadTemplate")}
          </a>
        </div>
        <p className="import-muted">{t("templateHint")}</p>
      </section>

      <section className="card" aria-labelledby={`${id}-s2`}>
        <h2 className="card__title" id={`${id}-s2`}>
          {t("step2")}
        </h2>
        <div className="sheet-import__row">
          <label className="field" htmlFor={`${id}-file`}>
            {t("file")}
            <input
              id={`${id}-file`}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-describedby={fileError ? `${id}-file-error` : undefined}
              aria-invalid={fileError ? true : undefined}
              onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
            />
          </label>
          <button
            type="button"
            className="button"
            disabled={!file || !!fileError || mutation.isPending}
            onClick={() => run(true)}
          >
            {mutation.isPending && mutation.variables?.dryRun ? t("checking") : t("check")}
          </button>
        </div>
        {fileError && (
          <p className="import-message import-message--bad" id={`${id}-file-error`} role="alert">
            {fileError}
          </p>
        )}
        <div aria-live="polite" role="status">
          {mutation.isError && (
            <p className="import-message import-message--bad">
              {t("error", { message: mutation.error.message || String(mutation.error) })}
            </p>
          )}
          {outcome && counts && (
            <p
              className={`import-message import-message--${outcome.ok ? "ok" : "bad"}`}
              data-testid="import-outcome"
            >
              {outcome.ok
                ? t(outcome.dryRun ? "checkedOk" : "imported", counts)
                : outcome.dryRun
                  ? outcome.report.fileErrors.length > 0 && counts.rejected === 0
                    ? t("checkedBadFile", { problem: outcome.report.fileErrors[0] ?? "" })
                    : t("checkedBad", counts)
                  : t("importFailed", { message: outcome.message ?? "" })}
            </p>
          )}
        </div>
        {outcome && (
          <ImportReportTable
            key={`${outcome.dryRun}-${outcome.report.rows.length}-${counts?.rejected}`}
            report={outcome.report}
            evaluatorName={evaluatorName}
            projectName={projectName}
          />
        )}
      </section>

      {checked && (
        <section className="card" aria-labelledby={`${id}-s3`}>
          <h2 className="card__title" id={`${id}-s3`}>
            {t("step3")}
          </h2>
          {toImport === 0 ? (
            <p>{t("nothingToImport")}</p>
          ) : (
            <form onSubmit={onImport} noValidate>
              {checked.report.needsReason && (
                <label className="field" htmlFor={`${id}-reason`}>
                  {t("reason", { n: checked.report.counts.changed })}
                  <textarea
                    id={`${id}-reason`}
                    className="input"
                    value={reason}
                    maxLength={500}
                    required
                    aria-invalid={reasonError ? true : undefined}
                    aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </label>
              )}
              {reasonError && (
                <p className="import-message import-message--bad" id={`${id}-reason-error`}>
                  {reasonError}
                </p>
              )}
              <button type="submit" className="button" disabled={mutation.isPending}>
                {mutation.isPending ? t("importing") : t("import", { n: toImport })}
              </button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
