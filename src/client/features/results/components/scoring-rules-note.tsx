import { formatNumber } from "../../../../domain/formats";
import type { InspectionEvent } from "../../../../domain/scoring-schemas";
import { joinPhrases } from "../../../../domain/shared-messages";
import { Card } from "../../../components/card";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { resultsMessages } from "../messages";

/** The event's rules in words: trimming, weights, composite and tie-break order. */
export function ScoringRulesNote({ event }: { event: InspectionEvent }) {
  const t = useMessages(resultsMessages);
  const lang = useLang();
  const { rules } = event;
  const num = (v: number) => formatNumber(v, lang, 2);
  const values = joinPhrases(
    event.voteOptions.map((o) => `${localized(o, "name", lang)} ${num(o.value)}`),
    lang,
  );
  const groups = joinPhrases(
    event.groups.map((g) => `${localized(g, "name", lang)} ${num(g.weight)}`),
    lang,
  );
  return (
    <Card title={t("rulesTitle")} className="results-rules" titleId="results-rules-title">
      <p>{t("rulesTrim", { min: rules.trimMinSheets })}</p>
      {rules.weightByGroup && <p>{t("rulesWeighted", { groups })}</p>}
      <p>
        {t("rulesComposite", {
          sw: num(rules.scoreWeight),
          vw: num(rules.satisfactionWeight),
          values,
        })}
      </p>
      <p>{t("rulesTieBreak")}</p>
    </Card>
  );
}
