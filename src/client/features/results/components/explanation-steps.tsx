import { formatNumber, formatPercent, formatScore } from "../../../../domain/formats";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import type { Evaluator, InspectionEvent } from "../../../../domain/scoring-schemas";
import { joinClauses, joinList } from "../../../../domain/shared-messages";
import { DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { resultsMessages } from "../messages";
import {
  compositeEquation,
  meanEquation,
  roundedArithmeticDiffers,
  satisfactionEquation,
  weightedEquation,
} from "../utils/explanation-formulas";

type Props = {
  result: ProjectResult;
  names: Map<string, string>;
  event: InspectionEvent;
  evaluators: Evaluator[];
};

/** Every step from the sheets to the rank, with the actual numbers. */
export function ExplanationSteps({ result, names, event, evaluators }: Props) {
  const t = useMessages(resultsMessages);
  const lang = useLang();
  const { steps } = result;
  const groupName = (id: string) => {
    const group = event.groups.find((g) => g.id === id);
    return group ? localized(group, "name", lang) : id;
  };
  const evaluatorName = (id: string) => {
    const evaluator = evaluators.find((e) => e.id === id);
    return evaluator ? localized(evaluator, "label", lang) : id;
  };
  const sheet = (s: { evaluatorId: string; groupId: string; total: number }) =>
    t("evaluatorTotal", {
      evaluator: evaluatorName(s.evaluatorId),
      group: groupName(s.groupId),
      total: formatScore(s.total),
    });
  const droppedIds = [steps.droppedHighest?.evaluatorId, steps.droppedLowest?.evaluatorId];
  const base = steps.weighted ? weightedEquation(steps, lang) : meanEquation(steps, lang);
  const votes = satisfactionEquation(steps, lang);
  const composite = compositeEquation(steps, lang);
  const tiedNames = joinList(
    result.tiedWith.map((id) => names.get(id) ?? id),
    lang,
  );

  return (
    <ol className="results-steps">
      <li>
        <h3>{t("stepSheets")}</h3>
        <p className="results-steps__value">{t("sheetCount", { n: steps.counted.length })}</p>
        {steps.excluded.length > 0 && (
          <p>
            {t("excluded", {
              n: steps.excluded.length,
              list: joinClauses(
                steps.excluded.map((e) => `${evaluatorName(e.evaluatorId)} ${t(e.reason)}`),
                lang,
              ),
            })}
          </p>
        )}
      </li>
      <li>
        <h3>{t("stepMethod")}</h3>
        <p>{t(steps.method, { min: event.rules.trimMinSheets })}</p>
        {steps.droppedHighest && steps.droppedLowest && (
          <dl className="results-steps__dropped">
            <div>
              <dt>{t("droppedHighest")}</dt>
              <dd data-testid="dropped-highest">{sheet(steps.droppedHighest)}</dd>
            </div>
            <div>
              <dt>{t("droppedLowest")}</dt>
              <dd data-testid="dropped-lowest">{sheet(steps.droppedLowest)}</dd>
            </div>
          </dl>
        )}
        {steps.counted.length > 0 && (
          // Open when short; with dozens of evaluators the list stays one click away.
          <details className="results-steps__details" open={steps.counted.length <= 24}>
            <summary className="results-steps__label">
              {t("totals", { n: steps.counted.length })}
            </summary>
            <ul className="results-steps__totals">
              {steps.counted.map((s) => {
                const dropped = droppedIds.includes(s.evaluatorId);
                return (
                  <li key={s.evaluatorId} className={dropped ? "is-dropped" : undefined}>
                    {dropped ? <s>{formatScore(s.total)}</s> : formatScore(s.total)}
                    {dropped && <span className="results-steps__tag">{t("dropped")}</span>}
                  </li>
                );
              })}
            </ul>
          </details>
        )}
      </li>
      {steps.weighted && (
        <li>
          <h3>{t("stepGroups")}</h3>
          <DataTable
            columns={[
              {
                id: "group",
                header: t("group"),
                rowHeader: true,
                cell: (g) => groupName(g.groupId),
              },
              { id: "count", header: t("count"), numeric: true, cell: (g) => g.count },
              {
                id: "mean",
                header: t("groupMean"),
                numeric: true,
                cell: (g) => (g.mean === null ? "—" : formatScore(g.mean)),
              },
              {
                id: "weight",
                header: t("weight"),
                numeric: true,
                cell: (g) => formatNumber(g.weight, lang),
              },
            ]}
            rows={steps.groups}
            rowKey={(g) => g.groupId}
            compact
          />
        </li>
      )}
      <li>
        <h3>{t("stepBase")}</h3>
        <p className="results-steps__equation" data-testid="base-equation">
          {base ?? "—"}
        </p>
      </li>
      <li>
        <h3>{t("stepVotes")}</h3>
        {votes ? (
          <>
            <ul className="results-steps__votes">
              {event.voteOptions.map((o) => (
                <li key={o.id}>
                  {localized(o, "name", lang)} {steps.votes[o.id]} × {formatNumber(o.value, lang)}
                </li>
              ))}
              {result.satisfactionRate !== null && (
                <li>
                  {t("satisfaction")} {formatPercent(result.satisfactionRate, lang)}
                </li>
              )}
            </ul>
            <p className="results-steps__equation" data-testid="votes-equation">
              {votes}
            </p>
          </>
        ) : (
          <p>{t("noVotes")}</p>
        )}
      </li>
      <li>
        <h3>{t("stepComposite")}</h3>
        <p
          className="results-steps__equation results-steps__equation--main"
          data-testid="composite-equation"
        >
          {composite ?? "—"}
        </p>
        {roundedArithmeticDiffers(steps) && <p className="results-muted">{t("roundingNote")}</p>}
      </li>
      <li>
        <h3>{t("stepTieBreak")}</h3>
        {result.tieBreak === "base_score" && <p>{t("tieBreakBase")}</p>}
        {result.tieBreak === "satisfied_share" && <p>{t("tieBreakShare")}</p>}
        {result.tieBreak === "none" && result.tiedWith.length === 0 && <p>{t("tieBreakNone")}</p>}
        {result.tiedWith.length > 0 && (
          <p>{t("tiedWith", { list: tiedNames, rank: result.rank ?? "—" })}</p>
        )}
      </li>
    </ol>
  );
}
