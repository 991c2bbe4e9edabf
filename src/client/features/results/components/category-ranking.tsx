import type { ProjectResult } from "../../../../domain/outcome-schemas";
import type { Category } from "../../../../domain/project";
import type { Criterion } from "../../../../domain/scoring-schemas";
import { EmptyState } from "../../../components/async-state";
import { Card } from "../../../components/card";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { resultsMessages } from "../messages";
import { CriterionBreakdownChart } from "./criterion-breakdown-chart";
import { RankingTable } from "./ranking-table";

type Props = {
  category: Category;
  results: ProjectResult[];
  names: Map<string, string>;
  /** Projects the shared filters let through; null while the project list is not loaded. */
  shownIds: Set<string> | null;
  criteria: Criterion[];
  selectedId: string | undefined;
  linkSearch: string;
  onExplain: (projectId: string) => void;
};

const byRank = (a: ProjectResult, b: ProjectResult) =>
  (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY);

/** One category's ranking as a table and as a criterion breakdown; ranks are the category's own. */
export function CategoryRanking({ category, results, names, shownIds, ...rest }: Props) {
  const t = useMessages(resultsMessages);
  const lang = useLang();
  const categories = useCategoryBook();
  if (!results.length) return null;
  const shown = [...results].filter((r) => !shownIds || shownIds.has(r.projectId)).sort(byRank);
  const hidden = results.length - shown.length;
  const titleId = `results-${category}-title`;
  return (
    <Card
      title={t("categoryTitle", { category: categories.name(category, lang), n: results.length })}
      className="results-category"
      titleId={titleId}
    >
      {hidden > 0 && <p className="results-muted">{t("hiddenByFilter", { n: hidden })}</p>}
      {shown.length === 0 ? (
        <EmptyState>{t("noneShown")}</EmptyState>
      ) : (
        <div className="results-category__body">
          <RankingTable
            results={shown}
            names={names}
            caption={categories.name(category, lang)}
            selectedId={rest.selectedId}
            linkSearch={rest.linkSearch}
            onExplain={rest.onExplain}
          />
          <CriterionBreakdownChart
            results={shown}
            names={names}
            criteria={rest.criteria}
            caption={t("breakdownCaption", { category: categories.name(category, lang) })}
            selectedId={rest.selectedId}
          />
        </div>
      )}
    </Card>
  );
}
