import type { CategoryBook } from "../../../../domain/category";
import {
  formatPercent,
  formatProgress,
  formatScore,
  formatYiGroup,
  type Lang,
} from "../../../../domain/formats";
import { describeStatus } from "../../../../domain/status-reason";
import { StatusBadge } from "../../../components/status-badge";
import { commonMessages } from "../../../i18n/common-messages";
import { localized } from "../../../i18n/localized";
import { type Translate, translate } from "../../../i18n/messages";
import type { ProjectData, WallProject, WallResult } from "../display-data";
import type { wallMessages } from "../messages";
import { ProgressCurve } from "./progress-curve";

/** Longer names (most English ones) get a smaller size, so name, reason and figures all fit. */
const longNameChars = 24;

type Props = {
  project: WallProject;
  /** Its reports, once fetched; the curve waits for them. */
  detail: ProjectData | undefined;
  result: WallResult | undefined;
  /** Which inspection the score is from. */
  eventName: React.ReactNode;
  position: number;
  count: number;
  categories: CategoryBook;
  lang: Lang;
  t: Translate<typeof wallMessages.zh>;
};

/** One project: who and where, its figures, its score, and the curve of its investment. */
export function SpotlightPanel({
  project,
  detail,
  result,
  eventName,
  position,
  count,
  categories,
  lang,
  t,
}: Props) {
  const c = translate(commonMessages, lang);
  const [total, ytd, yearPlan] = formatYiGroup(
    [project.totalInvestment, project.ytdInvestment, project.yearPlanInvestment],
    lang,
  );
  const facts: { key: Parameters<typeof t>[0]; value: string; note?: string }[] = [
    { key: "spotStreet", value: localized(project, "street", lang) },
    { key: "spotStage", value: c(project.stage) },
    { key: "spotTotal", value: total },
    {
      key: "spotYtd",
      value: ytd,
      // The plan on a line of its own: "done / plan" in one large line wraps mid-figure.
      note: t("spotYearPlan", { plan: yearPlan }),
    },
    { key: "spotProgress", value: formatProgress(project.progress, lang) },
    { key: "spotProblems", value: t("problemCount", { n: project.openProblemCount }) },
  ];
  const name = localized(project, "name", lang);
  return (
    <div className="wd-spot">
      <div className="wd-spot__main">
        <p className="wd-spot__count num">{t("spotCount", { n: position, m: count })}</p>
        <h3 className={`wd-spot__name${name.length > longNameChars ? " wd-spot__name--long" : ""}`}>
          {name}
        </h3>
        <p className="wd-spot__category">{categories.name(project.category, lang)}</p>
        <p className="wd-spot__status">
          <StatusBadge light={project.status} look="wall" lang={lang} />
        </p>
        <p className="wd-spot__why">{describeStatus(project.statusExplanation, lang)}</p>
        <dl className="wd-facts">
          {facts.map((f) => (
            <div key={f.key} className="wd-fact">
              <dt>{t(f.key)}</dt>
              <dd className="num">
                {f.value}
                {f.note && <span className="wd-fact__note">{f.note}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      <div className="wd-spot__side">
        <div className="wd-score">
          <p className="wd-score__label">{t("spotScore")}</p>
          <p className="wd-score__event">{eventName}</p>
          <p className="wd-score__value num">
            {result?.score == null ? t("noScore") : formatScore(result.score)}
          </p>
          {result?.rank != null && (
            <p className="wd-score__rank">{t("spotRank", { rank: result.rank })}</p>
          )}
          {result?.satisfactionRate != null && (
            <>
              <p className="wd-score__rank">
                {t("spotSatisfaction", { pct: formatPercent(result.satisfactionRate, lang) })}
              </p>
              <p className="wd-score__votes">
                {t("spotVotes", {
                  s: result.steps.votes.satisfied,
                  b: result.steps.votes.basically_satisfied,
                  u: result.steps.votes.unsatisfied,
                })}
              </p>
            </>
          )}
        </div>
        {detail && (
          <ProgressCurve
            reports={detail.project.reports}
            lang={lang}
            labels={{ actual: t("curveActual"), plan: t("curvePlan"), caption: t("spotCurve") }}
          />
        )}
      </div>
    </div>
  );
}
