import type { ProjectDetail } from "../../../../domain/api-views";
import { formatDate, formatPercent, formatYi } from "../../../../domain/formats";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

/** The record's facts as a definition list (all illustrative except the name and category). */
export function ProjectFacts({ project: p }: { project: ProjectDetail }) {
  const t = useMessages(detailMessages);
  const lang = useLang();
  const facts: [string, string][] = [
    [t("developer"), localized(p, "developer", lang)],
    [t("responsibleUnit"), localized(p, "responsibleUnit", lang)],
    [t("leaderInCharge"), localized(p, "leaderInCharge", lang)],
    [t("totalInvestment"), formatYi(p.totalInvestment, lang)],
    [t("yearPlanInvestment"), formatYi(p.yearPlanInvestment, lang)],
    [t("cumulativeInvestment"), formatYi(p.cumulativeInvestment, lang)],
    [t("ytdInvestment"), formatYi(p.ytdInvestment, lang)],
    [t("startDate"), formatDate(p.startDate, lang)],
    [t("plannedCompletionDate"), formatDate(p.plannedCompletionDate, lang)],
    [t("progress"), formatPercent(p.progress, lang, 0)],
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
