import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate, formatProgress, formatYiGroup } from "../../../../domain/formats";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

/** The record's facts as a definition list (all illustrative except the name and category). */
export function ProjectFacts({ project: p }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  // The four sums in one unit, so 总投资, 年度计划 and what is done compare at a glance.
  const [total, yearPlan, cumulative, ytd] = formatYiGroup(
    [p.totalInvestment, p.yearPlanInvestment, p.cumulativeInvestment, p.ytdInvestment],
    lang,
  );
  const facts: [string, string][] = [
    [t("developer"), localized(p, "developer", lang)],
    [t("responsibleUnit"), localized(p, "responsibleUnit", lang)],
    [t("leaderInCharge"), localized(p, "leaderInCharge", lang)],
    [t("totalInvestment"), total],
    [t("yearPlanInvestment"), yearPlan],
    [t("cumulativeInvestment"), cumulative],
    [t("ytdInvestment"), ytd],
    [t("startDate"), formatDate(p.startDate, lang)],
    [t("plannedCompletionDate"), formatDate(p.plannedCompletionDate, lang)],
    [t("progress"), formatProgress(p.progress, lang)],
  ];
  return (
    <dl className="detail-facts">
      {facts.map(([term, value]) => (
        <div key={term} className="detail-facts__item">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
