import type { ProjectSummary } from "../../../../domain/api-views";
import {
  formatPercent,
  formatProgress,
  formatScore,
  formatYiGroup,
} from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import { computeOverviewKpis } from "../../../../domain/overview-kpis";
import { lightWordKey, statusLights } from "../../../../domain/status-rules";
import { StatusBadge } from "../../../components/status-badge";
import { commonMessages } from "../../../i18n/common-messages";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { overviewMessages } from "../messages";

type Props = { projects: ProjectSummary[]; results: ProjectResult[]; timeElapsedPct: number };

/** The overview's key figures, for whatever the shared filters let through. */
export function KpiCards({ projects, results, timeElapsedPct }: Props) {
  const t = useMessages(overviewMessages);
  const common = useMessages(commonMessages);
  const lang = useLang();
  const categories = useCategoryBook();
  const kpis = computeOverviewKpis(projects, results, categories.order);
  const pct = (v: number | null) => (v === null ? "—" : formatPercent(v, lang));
  const cumulative = projects.reduce((sum, p) => sum + p.cumulativeInvestment, 0);
  // Every sum on the cards in one unit, so 总投资 and 年度计划 compare at a glance.
  const [total, done, yearPlan, ytd] = formatYiGroup(
    [kpis.totalInvestment, cumulative, kpis.yearPlanInvestment, kpis.ytdInvestment],
    lang,
  );
  const cards = [
    {
      key: "projects",
      label: t("projects"),
      value: t("projectsValue", { n: kpis.projectCount }),
      // One piece per category, each kept whole: a line breaks between categories, not inside one.
      detail: kpis.byCategory.map((c, i) => (
        <span key={c.category} className="kpi-card__part">
          {i > 0 && " · "}
          {t("projectsDetailItem", { category: categories.name(c.category, lang), n: c.count })}
        </span>
      )),
    },
    {
      key: "investment",
      label: t("totalInvestment"),
      value: total,
      detail: t("totalInvestmentDetail", { done }),
    },
    {
      key: "plan",
      label: t("yearPlan"),
      value: yearPlan,
      detail: t("yearPlanDetail", {
        done: ytd,
        pct: pct(kpis.ytdCompletionPct),
        elapsed: pct(timeElapsedPct),
      }),
    },
    {
      key: "progress",
      label: t("meanProgress"),
      value: kpis.meanProgress === null ? "—" : formatProgress(kpis.meanProgress, lang),
      detail: t("meanProgressDetail"),
    },
    {
      key: "score",
      label: t("meanScore"),
      value: kpis.meanScore === null ? t("noScore") : formatScore(kpis.meanScore),
      detail: t("meanScoreDetail", { n: kpis.scoredCount }),
    },
  ];
  return (
    <ul className="kpi-cards" aria-label={t("title")}>
      {cards.map((card) => (
        <li key={card.key} className="kpi-card">
          <span className="kpi-card__label">{card.label}</span>
          <span className="kpi-card__value">{card.value}</span>
          <span className="kpi-card__detail">{card.detail}</span>
        </li>
      ))}
      <li className="kpi-card kpi-card--lights">
        <span className="kpi-card__label">{t("lights")}</span>
        <span className="kpi-card__lights">
          {statusLights.map((light) => (
            <StatusBadge key={light} light={light}>
              {common(lightWordKey[light])} {kpis.statusCounts[light]}
            </StatusBadge>
          ))}
        </span>
        <span className="kpi-card__detail">{t("lightsDetail")}</span>
      </li>
    </ul>
  );
}
