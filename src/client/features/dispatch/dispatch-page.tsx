import type { ReactNode } from "react";
import { Link } from "wouter";
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatYi,
  periodLabel,
} from "../../../domain/formats";
import { lightWordKey } from "../../../domain/status-rules";
import type { DispatchResponse } from "../../api/dispatch";
import { useDispatch } from "../../api/dispatch";
import { ApiError } from "../../api/read-json";
import { AsyncState, EmptyState } from "../../components/async-state";
import { type DataColumn, DataTable } from "../../components/data-table";
import { IllustrativeTag } from "../../components/illustrative-tag";
import { StatusBadge } from "../../components/status-badge";
import { commonMessages } from "../../i18n/common-messages";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { dispatchMessages } from "./messages";
import "./dispatch.css";

type Agenda = DispatchResponse;
type UnitRow = Agenda["problemsByUnit"][number];
type ProblemRow = Agenda["overdueProblems"][number];

/** A numbered section of the agenda whose heading carries its count, as the meeting reads it out. */
function Section({
  id,
  title,
  count,
  countLabel,
  children,
}: {
  id: string;
  title: string;
  count?: number;
  /** What the count counts, where the title alone does not say it. */
  countLabel?: string;
  children: ReactNode;
}) {
  return (
    <section className="dispatch__section" aria-labelledby={id}>
      <h2 id={id} className="dispatch__h2">
        {title}
        {count !== undefined && (
          <span className="dispatch__count">{countLabel ? `${countLabel} ${count}` : count}</span>
        )}
      </h2>
      {children}
    </section>
  );
}

function Summary({ agenda }: { agenda: Agenda }) {
  const t = useMessages(dispatchMessages);
  const items = [
    { key: "red", label: t("red"), n: agenda.lightCounts.red, tone: "red" },
    { key: "yellow", label: t("yellow"), n: agenda.lightCounts.yellow, tone: "yellow" },
    { key: "changed", label: t("changed"), n: agenda.changes.length, tone: "plain" },
    { key: "overdue", label: t("overdue"), n: agenda.overdueProblems.length, tone: "plain" },
    { key: "unreported", label: t("unreported"), n: agenda.unreported.length, tone: "plain" },
    { key: "late", label: t("late"), n: agenda.late.length, tone: "plain" },
  ];
  return (
    <dl className="dispatch__summary" aria-label={t("summary")}>
      {items.map((item) => (
        <div key={item.key} className={`dispatch__tile dispatch__tile--${item.tone}`}>
          <dt>{item.label}</dt>
          <dd>{item.n}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FlaggedProjects({ agenda }: { agenda: Agenda }) {
  const t = useMessages(dispatchMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  if (!agenda.projects.length) return <EmptyState>{t("flaggedNone")}</EmptyState>;
  return (
    <ol className="dispatch__projects">
      {agenda.projects.map((p) => (
        <li key={p.id} className={`dispatch__project dispatch__project--${p.light}`}>
          <div className="dispatch__project-head">
            <StatusBadge light={p.light} />
            <Link href={`/projects/${p.id}`} className="dispatch__project-name">
              {localized(p, "name", lang)}
            </Link>
            <span className="dispatch__unit">{localized(p, "responsibleUnit", lang)}</span>
            {p.previousLight && p.previousLight !== p.light && (
              <span className="dispatch__was">
                {t("was", { light: common(lightWordKey[p.previousLight]) })}
              </span>
            )}
          </div>
          <p className="dispatch__reason">{p.reason[lang]}</p>
        </li>
      ))}
    </ol>
  );
}

function LightChanges({ agenda }: { agenda: Agenda }) {
  const t = useMessages(dispatchMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  if (!agenda.previousPeriod) return <EmptyState>{t("noPrevious")}</EmptyState>;
  if (!agenda.changes.length) return <EmptyState>{t("changesNone")}</EmptyState>;
  return (
    <ul className="dispatch__changes">
      {agenda.changes.map((p) => (
        <li key={p.id}>
          <Link href={`/projects/${p.id}`} className="dispatch__project-name">
            {localized(p, "name", lang)}
          </Link>{" "}
          <span className="dispatch__change">
            {p.previousLight && <StatusBadge light={p.previousLight} />}
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden">
              {t("changeFromTo", {
                from: p.previousLight ? common(lightWordKey[p.previousLight]) : "",
                to: common(lightWordKey[p.light]),
              })}
            </span>
            <StatusBadge light={p.light} />
          </span>
          <p className="dispatch__reason">{p.reason[lang]}</p>
        </li>
      ))}
    </ul>
  );
}

function ProblemsByUnit({ agenda }: { agenda: Agenda }) {
  const t = useMessages(dispatchMessages);
  const lang = useLang();
  if (!agenda.problemsByUnit.length) return <EmptyState>{t("problemsNone")}</EmptyState>;
  const unitColumns: DataColumn<UnitRow>[] = [
    {
      id: "unit",
      header: t("unit"),
      rowHeader: true,
      label: null,
      cell: (u) => localized(u, "unit", lang),
    },
    { id: "new", header: t("newProblems"), numeric: true, cell: (u) => u.new.length },
    {
      id: "overdue",
      header: t("overdueProblems"),
      numeric: true,
      cellClassName: "dispatch__strong",
      cell: (u) => u.overdue.length,
    },
    { id: "closed", header: t("closedProblems"), numeric: true, cell: (u) => u.closed.length },
  ];
  const overdueColumns: DataColumn<ProblemRow>[] = [
    {
      id: "unit",
      header: t("unit"),
      cell: (p) => localized(p, "ownerUnit", lang),
    },
    {
      id: "project",
      header: t("project"),
      cell: (p) => (
        <Link href={`/projects/${p.projectId}`}>{localized(p, "projectName", lang)}</Link>
      ),
    },
    {
      id: "problem",
      header: t("problem"),
      rowHeader: true,
      cellClassName: "dispatch__text",
      cell: (p) => localized(p, "description", lang),
    },
    { id: "due", header: t("dueDate"), cell: (p) => formatDate(p.dueDate, lang) },
    {
      id: "days",
      header: t("daysOverdue"),
      numeric: true,
      cellClassName: "dispatch__strong",
      cell: (p) => t("days", { n: p.daysOverdue }),
    },
  ];
  return (
    <>
      <DataTable
        columns={unitColumns}
        rows={agenda.problemsByUnit}
        rowKey={(u) => u.unit}
        caption={t("problemsTitle")}
        captionHidden
        cards
        className="dispatch__table"
      />
      {agenda.overdueProblems.length > 0 && (
        <>
          <h3 className="dispatch__h3">
            {t("overdueListTitle")}
            <span className="dispatch__count">{agenda.overdueProblems.length}</span>
          </h3>
          <DataTable
            columns={overdueColumns}
            rows={agenda.overdueProblems}
            rowKey={(p) => `${p.projectId}/${p.id}`}
            caption={t("overdueListTitle")}
            captionHidden
            cards
            className="dispatch__table"
          />
        </>
      )}
    </>
  );
}

export function Reporting({ agenda }: { agenda: Agenda }) {
  const t = useMessages(dispatchMessages);
  const lang = useLang();
  const unreported = agenda.reporting.filter((r) => agenda.unreported.includes(r.projectId));
  const late = agenda.reporting.filter((r) => r.late);
  const waiting = agenda.reporting.filter((r) => r.state === "submitted");
  const row = (r: Agenda["reporting"][number]) => (
    <li key={r.projectId}>
      <span className="dispatch__unit-strong">{localized(r, "unit", lang)}</span>
      {" · "}
      <Link href={`/projects/${r.projectId}`}>{localized(r, "name", lang)}</Link>
      {r.state === "submitted" && <span className="dispatch__was">{t("waiting")}</span>}
    </li>
  );
  return (
    <div className="dispatch__reporting">
      <div>
        <h3 className="dispatch__h3">{t("unreportedList", { n: unreported.length })}</h3>
        {unreported.length ? (
          <ul className="dispatch__names">{unreported.map(row)}</ul>
        ) : (
          <p className="dispatch__ok">{t("noneUnreported")}</p>
        )}
      </div>
      <div>
        <h3 className="dispatch__h3">{t("lateList", { n: late.length })}</h3>
        {late.length ? (
          <ul className="dispatch__names">{late.map(row)}</ul>
        ) : (
          <p className="dispatch__ok">{t("noneLate")}</p>
        )}
        {waiting.length > 0 && <ul className="dispatch__names">{waiting.map(row)}</ul>}
      </div>
    </div>
  );
}

function PlanCompletion({ agenda }: { agenda: Agenda }) {
  const t = useMessages(dispatchMessages);
  const lang = useLang();
  const { plan } = agenda;
  if (plan.completionPct === null || plan.behindPoints === null)
    return <EmptyState>{t("noPlan")}</EmptyState>;
  const points = formatNumber(Math.abs(plan.behindPoints), lang, 1, 1);
  const gap =
    plan.behindPoints > 0
      ? t("planBehind", { points })
      : plan.behindPoints < 0
        ? t("planAhead", { points })
        : t("planOnPlan");
  const bar = (value: number) => `${Math.min(100, Math.max(0, value))}%`;
  return (
    <div className="dispatch__plan">
      <dl className="dispatch__plan-figures">
        <div>
          <dt>{t("planCompletion")}</dt>
          <dd>{formatPercent(plan.completionPct, lang)}</dd>
        </div>
        <div>
          <dt>{t("timeElapsed")}</dt>
          <dd>{formatPercent(plan.timeElapsedPct, lang)}</dd>
        </div>
        <div>
          <dt>{t("planGap")}</dt>
          <dd className="dispatch__gap">{gap}</dd>
        </div>
      </dl>
      {/* The figures above say it in words; the bars show it at a glance. */}
      <div className="dispatch__bars" aria-hidden="true">
        <span>{t("planCompletion")}</span>
        <div className="dispatch__bar">
          <span style={{ width: bar(plan.completionPct) }} className="dispatch__bar-done" />
        </div>
        <span>{t("timeElapsed")}</span>
        <div className="dispatch__bar">
          <span style={{ width: bar(plan.timeElapsedPct) }} className="dispatch__bar-time" />
        </div>
      </div>
      <p className="dispatch__muted">
        {t("planMoney", {
          done: formatYi(plan.ytdInvestment, lang),
          plan: formatYi(plan.yearPlanInvestment, lang),
        })}
      </p>
    </div>
  );
}

function PeriodNav({ agenda }: { agenda: Agenda }) {
  const t = useMessages(dispatchMessages);
  const i = agenda.periods.indexOf(agenda.period);
  const prev = i > 0 ? agenda.periods[i - 1] : undefined;
  const next = i >= 0 ? agenda.periods[i + 1] : undefined;
  return (
    <nav className="dispatch__nav" aria-label={t("title")}>
      {prev && (
        <Link href={`/dispatch/${prev}`} className="button button--ghost">
          ← {t("previous")}
        </Link>
      )}
      {next && (
        <Link href={`/dispatch/${next}`} className="button button--ghost">
          {t("next")} →
        </Link>
      )}
      <button type="button" className="button" onClick={() => window.print()}>
        {t("print")}
      </button>
      <Link href={`/dispatch/${agenda.period}/bulletin`} className="button button--ghost">
        {t("bulletin")}
      </Link>
    </nav>
  );
}

/** `/dispatch/:period`: the agenda a 旬's dispatch meeting (调度会) goes through, on a projector or A4. */
export function DispatchPage({ period }: { period: string }) {
  const t = useMessages(dispatchMessages);
  const lang = useLang();
  const query = useDispatch(period);
  const title = `${t("title")} · ${periodLabel(period, lang)}`;

  if (query.error instanceof ApiError && (query.error.status === 401 || query.error.status === 403))
    return (
      <div className="dispatch">
        <h1 className="dispatch__title">{title}</h1>
        <p className="notice notice--warning">
          {t("needSignIn")}{" "}
          <Link href={`/sign-in?next=${encodeURIComponent(`/dispatch/${period}`)}`}>
            {t("signIn")}
          </Link>
        </p>
      </div>
    );
  if (query.error instanceof ApiError && query.error.status === 404)
    return (
      <div className="dispatch">
        <h1 className="dispatch__title">{title}</h1>
        <p className="notice notice--warning" role="alert">
          {query.error.message || t("noData")}
        </p>
      </div>
    );

  return (
    <AsyncState query={query}>
      {() => {
        const agenda = query.data;
        if (!agenda) return null;
        return (
          <article className="dispatch" aria-labelledby="dispatch-title">
            <header className="dispatch__header">
              <div>
                <h1 className="dispatch__title" id="dispatch-title">
                  {title}
                </h1>
                <p className="dispatch__meta">
                  {t("periodRange", {
                    start: formatDate(agenda.periodStart, lang),
                    end: formatDate(agenda.periodEnd, lang),
                  })}
                  {" · "}
                  {agenda.previousPeriod
                    ? t("comparedWith", { period: periodLabel(agenda.previousPeriod, lang) })
                    : t("noPrevious")}{" "}
                  <IllustrativeTag />
                </p>
              </div>
              <PeriodNav agenda={agenda} />
            </header>
            <Summary agenda={agenda} />
            <Section id="dispatch-flagged" title={t("flaggedTitle")} count={agenda.projects.length}>
              <FlaggedProjects agenda={agenda} />
            </Section>
            <Section id="dispatch-changes" title={t("changesTitle")} count={agenda.changes.length}>
              <LightChanges agenda={agenda} />
            </Section>
            <Section
              id="dispatch-problems"
              title={t("problemsTitle")}
              count={agenda.overdueProblems.length}
              countLabel={t("overdueProblems")}
            >
              <ProblemsByUnit agenda={agenda} />
            </Section>
            <Section
              id="dispatch-reporting"
              title={t("reportingTitle")}
              count={agenda.unreported.length}
              countLabel={t("unreported")}
            >
              <Reporting agenda={agenda} />
            </Section>
            <Section id="dispatch-plan" title={t("planTitle")}>
              <PlanCompletion agenda={agenda} />
            </Section>
          </article>
        );
      }}
    </AsyncState>
  );
}
