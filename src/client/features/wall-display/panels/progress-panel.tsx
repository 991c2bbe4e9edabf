import { formatPercent, type Lang } from "../../../../domain/formats";
import { describeStatus } from "../../../../domain/status-reason";
import { behindPlanFirst } from "../../../../domain/status-rules";
import { streetProgress } from "../../../../domain/street-progress";
import { StatusBadge } from "../../../components/status-badge";
import { localized } from "../../../i18n/localized";
import type { Translate } from "../../../i18n/messages";
import type { WallProject } from "../display-data";
import type { wallMessages } from "../messages";

type Props = { projects: WallProject[]; lang: Lang; t: Translate<typeof wallMessages.zh> };

/** As many as fit the box with two-line reasons at 16:9; the rest are counted (the bars show all). */
const behindShown = 6;

/** Up to this many projects each get a bar; a city's list is drawn a bar per street instead. */
export const BARS_PER_PROJECT_MAX = 24;

/** One bar: its length is its value from 0 %; one past 100 % is drawn full and marked cut. */
function Bar({
  done,
  elapsed,
  label,
  fill,
}: {
  done: number;
  elapsed: number;
  label: string;
  fill: string;
}) {
  const beyond = done > 100;
  return (
    <span
      className={`wd-bars__track${beyond ? " is-beyond" : ""}`}
      role="img"
      aria-label={label}
      data-value={done}
    >
      <span
        className={`wd-bars__fill ${fill}`}
        style={{ width: `${Math.max(0, Math.min(100, done))}%` }}
      />
      <span className="wd-bars__time" style={{ left: `${Math.min(100, elapsed)}%` }} />
    </span>
  );
}

/** Every project's year plan done against the year elapsed (序时进度), and why the late ones are late. */
export function ProgressPanel({ projects, lang, t }: Props) {
  const elapsed = projects[0]?.statusExplanation.timeElapsedPct ?? 0;
  const behind = behindPlanFirst(projects);
  const byStreet = projects.length > BARS_PER_PROJECT_MAX;
  const label = t("planVsTime", { pct: formatPercent(elapsed, lang) });
  return (
    <div className="wd-progress">
      <div className="wd-progress__chart">
        <p className="wd-progress__legend">
          <span className="wd-key wd-key--actual" aria-hidden="true" /> {t("legendActual")}
          <span className="wd-key wd-key--time" aria-hidden="true" /> {t("legendTime")}{" "}
          {formatPercent(elapsed, lang)}
          {byStreet && (
            <>
              {" "}
              <StatusBadge light="red" look="wall" shapeOnly /> {t("streetRed")}
            </>
          )}
        </p>
        {/* Every bar's length is its value from 0 %; one past 100 % is drawn full and marked cut. */}
        <p className="wd-bars__row wd-bars__axis" aria-hidden="true">
          <span />
          <span className="wd-bars__scale num">
            <span>0%</span>
            <span>100%</span>
          </span>
        </p>
        {byStreet ? (
          <ul className="wd-bars" data-by="street">
            {streetProgress(projects).map((street) => (
              <li key={street.street} className="wd-bars__row">
                <span className="wd-bars__name">
                  {localized(street, "street", lang)}{" "}
                  <span className="wd-bars__count">
                    {t("streetProjects", { n: street.projects })}
                  </span>
                </span>
                <Bar
                  done={street.donePct}
                  elapsed={elapsed}
                  label={label}
                  fill="wd-bars__fill--street"
                />
                <span className="wd-bars__value num">{formatPercent(street.donePct, lang)}</span>
                <span className="wd-bars__light wd-bars__reds num" title={t("streetRed")}>
                  {street.red > 0 && <StatusBadge light="red" look="wall" shapeOnly />}
                  {street.red > 0 ? street.red : ""}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <ul className="wd-bars">
            {projects.map((p) => (
              <li key={p.id} className="wd-bars__row">
                <span className="wd-bars__name">{localized(p, "name", lang)}</span>
                <Bar
                  done={p.statusExplanation.ytdCompletionPct}
                  elapsed={elapsed}
                  label={label}
                  fill={`wd-bars__fill--${p.status}`}
                />
                <span className="wd-bars__value num">
                  {formatPercent(p.statusExplanation.ytdCompletionPct, lang)}
                </span>
                <span className="wd-bars__light">
                  <StatusBadge light={p.status} look="wall" shapeOnly />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="wd-behind">
        <h3 className="wd-behind__title">{t("behindTitle")}</h3>
        {behind.length === 0 && <p>{t("allOnTrack")}</p>}
        <ul className="wd-behind__list">
          {behind.slice(0, behindShown).map((p) => (
            <li key={p.id}>
              <p className="wd-behind__head">
                <StatusBadge light={p.status} look="wall" lang={lang} />
                <span className="wd-behind__name">{localized(p, "name", lang)}</span>
              </p>
              <p className="wd-behind__why">{describeStatus(p.statusExplanation, lang)}</p>
            </li>
          ))}
        </ul>
        {behind.length > behindShown && (
          <p className="wd-behind__more">
            {t(byStreet ? "moreBehindCounted" : "moreBehind", { n: behind.length - behindShown })}
          </p>
        )}
      </div>
    </div>
  );
}
