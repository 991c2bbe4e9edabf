import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { Link } from "wouter";
import { formatDate, formatProgress, formatYi, periodLabel } from "../../../domain/formats";
import { localized } from "../../../domain/i18n";
import { nextPeriod } from "../../../domain/periods";
import { defaultDeadline, reportStateMessages } from "../../../domain/reporting-rounds";
import { queryKeys } from "../../api/query-keys";
import { ApiError } from "../../api/read-json";
import {
  closeRound,
  openRound,
  type Round,
  type RoundReport,
  reviewReport,
  useRoundReports,
  useRounds,
} from "../../api/reports";
import { useRole, useSession } from "../../api/session";
import { AsyncState } from "../../components/async-state";
import { Card } from "../../components/card";
import { DataTable } from "../../components/data-table";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { reportsMessages } from "./messages";
import { ReportForm } from "./report-form";
import { ReportGrid } from "./report-grid";
import { ReportImportCard } from "./report-import-card";
import "./reports.css";

/** The round people work in: the open one, else the latest. */
const currentRound = (rounds: readonly Round[]) =>
  rounds.findLast((r) => r.state === "open") ?? rounds.at(-1);

/** /reports — staff run the rounds and review; a unit sends its own projects' reports. */
export function ReportsPage() {
  const t = useMessages(reportsMessages);
  const role = useRole();
  const rounds = useRounds();
  if (!role)
    return (
      <section className="reports">
        <h1>{t("title")}</h1>
        <p>
          <Link href="/sign-in?next=%2Freports">{t("title")}</Link>
        </p>
      </section>
    );
  return (
    <section className="reports" aria-labelledby="reports-title">
      <h1 id="reports-title">{role === "unit" ? t("unitTitle") : t("title")}</h1>
      <AsyncState query={rounds}>
        {() => {
          const list = rounds.data?.rounds ?? [];
          return role === "unit" ? (
            <UnitReports rounds={list} />
          ) : (
            <StaffReports rounds={list} canWrite={role !== "leader"} />
          );
        }}
      </AsyncState>
    </section>
  );
}

function StateWord({ row }: { row: RoundReport }) {
  const s = useMessages(reportStateMessages);
  return (
    <span className="report-state-cell">
      <span className={`report-state report-state--${row.state}`}>{s(row.state)}</span>
      {row.late && <span className="report-state report-state--late">{s("late")}</span>}
    </span>
  );
}

function Announcement({ text }: { text: string | null }) {
  return (
    <p className="reports__announce" role="status" aria-live="polite">
      {text}
    </p>
  );
}

function StaffReports({ rounds, canWrite }: { rounds: Round[]; canWrite: boolean }) {
  const t = useMessages(reportsMessages);
  const current = currentRound(rounds);
  const [period, setPeriod] = useState<string | undefined>(current?.period);
  const [said, setSaid] = useState<string | null>(null);
  const [entering, setEntering] = useState<string | null>(null);
  // Until a round is chosen (or while a just-opened one is on its way), the current one is shown.
  const shown = rounds.find((r) => r.period === period) ?? current;
  return (
    <>
      <p className="reports__intro">{t("intro")}</p>
      {!canWrite && <p className="reports__intro">{t("readOnly")}</p>}
      <RoundsCard
        rounds={rounds}
        shown={shown?.period}
        onShow={setPeriod}
        canWrite={canWrite}
        onSaid={setSaid}
      />
      <Announcement text={said} />
      {shown && (
        <RoundTable
          round={shown}
          canWrite={canWrite}
          onSaid={setSaid}
          onEnter={(id) => setEntering(id)}
        />
      )}
      {shown && canWrite && shown.state === "open" && <BulkEntry round={shown} onSaid={setSaid} />}
      {shown && entering && shown.state === "open" && (
        <EntryCard
          round={shown}
          projectId={entering}
          staff
          onSent={(m) => {
            setSaid(t(m));
            setEntering(null);
          }}
        />
      )}
    </>
  );
}

/** Many projects at once: the grid, and the sheet units send. */
function BulkEntry({ round, onSaid }: { round: Round; onSaid: (text: string) => void }) {
  const query = useRoundReports(round.period);
  const rows = query.data?.reports;
  if (!rows) return null;
  return (
    <>
      <ReportGrid key={round.period} round={round} rows={rows} onSaid={onSaid} />
      <ReportImportCard round={round} rows={rows} onSaid={onSaid} />
    </>
  );
}

function RoundsCard({
  rounds,
  shown,
  onShow,
  canWrite,
  onSaid,
}: {
  rounds: Round[];
  shown: string | undefined;
  onShow: (period: string) => void;
  canWrite: boolean;
  onSaid: (text: string) => void;
}) {
  const t = useMessages(reportsMessages);
  const s = useMessages(reportStateMessages);
  const lang = useLang();
  const client = useQueryClient();
  const latest = rounds.at(-1);
  const next = latest ? nextPeriod(latest.period) : undefined;
  const [deadline, setDeadline] = useState(next ? defaultDeadline(next) : "");
  useEffect(() => {
    if (next) setDeadline(defaultDeadline(next));
  }, [next]);
  const deadlineId = useId();
  const selectId = useId();
  const refresh = () => client.invalidateQueries({ queryKey: queryKeys.rounds() });
  const open = useMutation({
    mutationFn: () => openRound(next ?? "", deadline),
    onSuccess: ({ round }) => {
      refresh();
      onShow(round.period);
      onSaid(t("opened", { period: periodLabel(round.period, lang) }));
    },
  });
  const close = useMutation({
    mutationFn: (period: string) => closeRound(period),
    onSuccess: ({ round }) => {
      refresh();
      client.invalidateQueries({ queryKey: queryKeys.projects() });
      onSaid(t("closed", { period: periodLabel(round.period, lang) }));
    },
  });
  const openRounds = rounds.filter((r) => r.state === "open");
  const error = open.error ?? close.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate();
  };
  return (
    <Card title={t("rounds")} className="reports__rounds">
      {openRounds.length === 0 ? (
        <p>{t("noOpenRound")}</p>
      ) : (
        <ul className="plain-list">
          {openRounds.map((r) => (
            <li key={r.period} className="reports__open-round">
              <span>
                {t("openRoundNote", {
                  period: periodLabel(r.period, lang),
                  deadline: formatDate(r.deadline, lang),
                })}
              </span>
              {canWrite && (
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={close.isPending}
                  onClick={() => {
                    if (window.confirm(t("closeConfirm", { period: periodLabel(r.period, lang) })))
                      close.mutate(r.period);
                  }}
                >
                  {close.isPending ? t("closing") : t("close")}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="reports__round-tools">
        <label className="field" htmlFor={selectId}>
          {t("showRound")}
          <select
            id={selectId}
            className="select"
            value={shown ?? ""}
            onChange={(e) => onShow(e.target.value)}
          >
            {[...rounds].reverse().map((r) => (
              <option key={r.period} value={r.period}>
                {periodLabel(r.period, lang)} · {s(r.state)}
              </option>
            ))}
          </select>
        </label>
        {canWrite && next && (
          <form className="reports__open-form" onSubmit={submit}>
            <span className="reports__next">
              {t("period")}: <strong>{periodLabel(next, lang)}</strong>
            </span>
            <label className="field" htmlFor={deadlineId}>
              {t("deadline")}
              <input
                id={deadlineId}
                type="date"
                className="input"
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
              />
            </label>
            <button type="submit" className="button" disabled={open.isPending || !deadline}>
              {open.isPending ? t("opening") : t("openNext")}
            </button>
          </form>
        )}
      </div>
      {error instanceof ApiError && (
        <p className="reports__error" role="alert">
          {error.message}
        </p>
      )}
    </Card>
  );
}

function ReviewCell({
  row,
  round,
  onSaid,
}: {
  row: RoundReport;
  round: Round;
  onSaid: (text: string) => void;
}) {
  const t = useMessages(reportsMessages);
  const client = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState("");
  const reasonId = useId();
  const review = useMutation({
    mutationFn: (decision: "accept" | "return") =>
      reviewReport({ projectId: row.projectId, period: round.period }, decision, reason.trim()),
    onSuccess: (_, decision) => {
      client.invalidateQueries({ queryKey: queryKeys.rounds() });
      client.invalidateQueries({ queryKey: queryKeys.projects() });
      setReturning(false);
      onSaid(t(decision === "accept" ? "accepted" : "returned"));
    },
  });
  if (row.state !== "submitted" || round.state !== "open") return null;
  return (
    <div className="reports__review">
      {!returning ? (
        <>
          <button
            type="button"
            className="button button--small"
            disabled={review.isPending}
            onClick={() => review.mutate("accept")}
          >
            {t("accept")}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setReturning(true)}
          >
            {t("return")}
          </button>
        </>
      ) : (
        <form
          className="reports__return"
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim()) review.mutate("return");
          }}
        >
          <label htmlFor={reasonId} className="field">
            {t("returnReason")}
            <input
              id={reasonId}
              className="input"
              value={reason}
              placeholder={t("returnReasonHint")}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <button
            type="submit"
            className="button button--small"
            disabled={!reason.trim() || review.isPending}
          >
            {t("confirmReturn")}
          </button>
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setReturning(false)}
          >
            {t("cancel")}
          </button>
        </form>
      )}
      {review.error instanceof ApiError && (
        <p className="reports__error" role="alert">
          {review.error.message}
        </p>
      )}
    </div>
  );
}

function RoundTable({
  round,
  canWrite,
  onSaid,
  onEnter,
}: {
  round: Round;
  canWrite: boolean;
  onSaid: (text: string) => void;
  onEnter: (projectId: string) => void;
}) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const query = useRoundReports(round.period);
  return (
    <Card
      title={t("roundTable", { period: periodLabel(round.period, lang) })}
      className="reports__table"
    >
      <AsyncState query={query}>
        {() => {
          const data = query.data;
          if (!data) return null;
          return (
            <>
              <p className="reports__counts">{t("counts", data.counts)}</p>
              <DataTable
                cards
                rows={data.reports}
                rowKey={(r) => r.projectId}
                rowProps={(r) => ({ "data-project": r.projectId, "data-state": r.state })}
                columns={[
                  {
                    id: "project",
                    header: t("project"),
                    rowHeader: true,
                    label: null,
                    cell: (r) => (
                      <Link href={`/projects/${r.projectId}`}>{localized(r, "name", lang)}</Link>
                    ),
                  },
                  {
                    id: "unit",
                    header: t("unit"),
                    cell: (r) => localized(r, "responsibleUnit", lang),
                  },
                  { id: "state", header: t("state"), cell: (r) => <StateWord row={r} /> },
                  {
                    id: "investment",
                    header: t("investment"),
                    numeric: true,
                    cell: (r) => (r.report ? formatYi(r.report.completedInvestment, lang) : "—"),
                  },
                  {
                    id: "progress",
                    header: t("progress"),
                    numeric: true,
                    cell: (r) => (r.report ? formatProgress(r.report.progress, lang) : "—"),
                  },
                  ...(canWrite
                    ? [
                        {
                          id: "actions",
                          header: t("actions"),
                          cell: (r: RoundReport) => (
                            <div className="reports__actions">
                              <ReviewCell row={r} round={round} onSaid={onSaid} />
                              {round.state === "open" && r.state !== "submitted" && (
                                <button
                                  type="button"
                                  className="button button--ghost button--small"
                                  onClick={() => onEnter(r.projectId)}
                                >
                                  {t("enter")}
                                </button>
                              )}
                            </div>
                          ),
                        },
                      ]
                    : []),
                ]}
              />
            </>
          );
        }}
      </AsyncState>
    </Card>
  );
}

function EntryCard({
  round,
  projectId,
  staff,
  onSent,
}: {
  round: Round;
  projectId: string;
  staff: boolean;
  onSent: (message: "saved" | "savedStaff") => void;
}) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const query = useRoundReports(round.period);
  const row = query.data?.reports.find((r) => r.projectId === projectId);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "start" });
  }, []);
  if (!row) return null;
  return (
    <div ref={ref}>
      <Card
        title={t("reportFor", {
          project: localized(row, "name", lang),
          period: periodLabel(round.period, lang),
        })}
        className="reports__entry"
      >
        {row.state === "returned" && row.report?.returnReason && (
          <p className="reports__returned">
            {t("returnedBecause", { reason: row.report.returnReason })}
          </p>
        )}
        <ReportForm
          key={`${projectId}:${round.period}`}
          projectId={projectId}
          round={round}
          row={row}
          staff={staff}
          onSent={onSent}
        />
      </Card>
    </div>
  );
}

/** A unit: its own projects in the open round, each with its state, and the form for one. */
function UnitReports({ rounds }: { rounds: Round[] }) {
  const t = useMessages(reportsMessages);
  const lang = useLang();
  const session = useSession().data;
  const user = session && "user" in session ? session.user : null;
  const open = rounds.findLast((r) => r.state === "open");
  const query = useRoundReports(open?.period);
  const [selected, setSelected] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const first = query.data?.reports[0];
  if (!open) return <p className="reports__intro">{t("noOpenRoundUnit")}</p>;
  return (
    <>
      <p className="reports__intro">
        {t("unitIntro", {
          // The unit's name in the reader's language, as its projects carry it.
          unit: (first && localized(first, "responsibleUnit", lang)) ?? user?.unit ?? "",
        })}
      </p>
      <p className="reports__intro">
        {t("openRoundNote", {
          period: periodLabel(open.period, lang),
          deadline: formatDate(open.deadline, lang),
        })}
      </p>
      <Announcement text={said} />
      <AsyncState query={query}>
        {() => (
          <ul className="plain-list reports__unit-list">
            {(query.data?.reports ?? []).map((r) => (
              <li key={r.projectId} className="reports__unit-item" data-project={r.projectId}>
                <div className="reports__unit-head">
                  <strong>{localized(r, "name", lang)}</strong>
                  <StateWord row={r} />
                </div>
                {r.state === "returned" && r.report?.returnReason && (
                  <p className="reports__returned">
                    {t("returnedBecause", { reason: r.report.returnReason })}
                  </p>
                )}
                {r.state !== "accepted" && selected !== r.projectId && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setSaid(null);
                      setSelected(r.projectId);
                    }}
                  >
                    {t("edit")}
                  </button>
                )}
                {selected === r.projectId && (
                  <ReportForm
                    key={`${r.projectId}:${open.period}`}
                    projectId={r.projectId}
                    round={open}
                    row={r}
                    staff={false}
                    onSent={(m) => {
                      setSaid(t(m));
                      setSelected(null);
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </AsyncState>
    </>
  );
}
