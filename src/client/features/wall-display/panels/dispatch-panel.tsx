import { formatPercent, type Lang } from "../../../../domain/formats";
import { shortStatusReason } from "../../../../domain/status-reason";
import { lightGlyph } from "../../../../domain/status-rules";
import { localized } from "../../../i18n/localized";
import type { Translate } from "../../../i18n/messages";
import type { DispatchData } from "../display-data";
import type { wallMessages } from "../messages";

type Props = { agenda: DispatchData; lang: Lang; t: Translate<typeof wallMessages.zh> };

/** As many projects as fit at 16:9 with a one-line reason each; the rest are counted. */
const redShown = 7;

type Flagged = DispatchData["projects"][number];

function FlaggedList({
  light,
  title,
  none,
  projects,
  more,
  lang,
  t,
}: {
  light: "red" | "yellow";
  title: string;
  none: string;
  projects: Flagged[];
  more: string | null;
  lang: Lang;
  t: Props["t"];
}) {
  return (
    <section className={`wd-dispatch__flagged wd-dispatch__flagged--${light}`}>
      <h3 className="wd-dispatch__title">
        <span className={`wd-light wd-light--${light}`} aria-hidden="true">
          {lightGlyph[light]}
        </span>{" "}
        {title}
      </h3>
      {projects.length === 0 && <p className="wd-dispatch__none">{none}</p>}
      <ol className="wd-dispatch__list">
        {projects.map((p) => (
          <li key={p.id} data-project={p.id} data-light={p.light}>
            <p className="wd-dispatch__name">
              {localized(p, "name", lang)}
              {p.previousLight && p.previousLight !== p.light && p.light === "red" && (
                <span className="wd-dispatch__new">{t("dispatchNewRed")}</span>
              )}
            </p>
            <p className="wd-dispatch__why">
              {shortStatusReason(p.explanation, lang)}
              <span className="wd-dispatch__unit"> · {localized(p, "responsibleUnit", lang)}</span>
            </p>
          </li>
        ))}
      </ol>
      {more && <p className="wd-dispatch__more">{more}</p>}
    </section>
  );
}

/**
 * The latest 旬's dispatch meeting at a glance, for the room that holds it: how many are red and
 * yellow, who has not reported, how many problems are overdue, and each red project with why.
 */
export function DispatchPanel({ agenda, lang, t }: Props) {
  const reds = agenda.projects.filter((p) => p.light === "red");
  const yellows = agenda.projects.filter((p) => p.light === "yellow");
  // A heading and a "more" line take about the room of one project.
  const yellowRoom = redShown - 1 - Math.min(reds.length, redShown);
  const figures = [
    { key: "red", label: t("dispatchRed"), n: agenda.lightCounts.red, light: "red" as const },
    {
      key: "yellow",
      label: t("dispatchYellow"),
      n: agenda.lightCounts.yellow,
      light: "yellow" as const,
    },
    { key: "unreported", label: t("dispatchUnreported"), n: agenda.unreported.length },
    { key: "overdue", label: t("dispatchOverdue"), n: agenda.overdueProblems.length },
  ];
  const pct = (v: number | null) => (v === null ? "—" : formatPercent(v, lang));
  return (
    <div className="wd-dispatch">
      <div className="wd-dispatch__side">
        <dl className="wd-dispatch__figures">
          {figures.map((f) => (
            <div
              key={f.key}
              className={`wd-dispatch__figure${f.light ? ` wd-light wd-light--${f.light}` : ""}`}
              data-figure={f.key}
            >
              <dt>
                {f.light && <span aria-hidden="true">{lightGlyph[f.light]} </span>}
                {f.label}
              </dt>
              <dd className="num">{f.n}</dd>
            </div>
          ))}
        </dl>
        <p className="wd-dispatch__plan">
          {t("dispatchPlan", {
            done: pct(agenda.plan.completionPct),
            elapsed: pct(agenda.plan.timeElapsedPct),
          })}
        </p>
      </div>
      <div className="wd-dispatch__lists">
        <FlaggedList
          light="red"
          title={t("dispatchRedTitle")}
          none={t("dispatchNoRed")}
          projects={reds.slice(0, redShown)}
          more={reds.length > redShown ? t("dispatchMoreRed", { n: reds.length - redShown }) : null}
          lang={lang}
          t={t}
        />
        {/* Yellow ones fill what room the red ones leave; the agenda page has them all. */}
        {yellowRoom > 0 && yellows.length > 0 && (
          <FlaggedList
            light="yellow"
            title={t("dispatchYellowTitle")}
            none=""
            projects={yellows.slice(0, yellowRoom)}
            more={
              yellows.length > yellowRoom
                ? t("dispatchMoreYellow", { n: yellows.length - yellowRoom })
                : null
            }
            lang={lang}
            t={t}
          />
        )}
      </div>
    </div>
  );
}
