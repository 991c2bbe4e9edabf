import { categoriesPresent } from "../../../../domain/category";
import { formatScore } from "../../../../domain/formats";
import type { MethodRanking } from "../../../../domain/outcome-schemas";
import { EmptyState } from "../../../components/async-state";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useCategoryBook } from "../../../lib/use-category-book";
import { qualityMessages } from "../messages";
import type { QualityNames } from "./quality-names";

type Props = { rankings: MethodRanking[]; names: QualityNames; trimMinSheets: number };

const methods = [
  ["mean", "rankByMean"],
  ["median", "rankByMedian"],
  ["trimmedMean", "rankByTrimmedMean"],
] as const;

export const rankDiffers = (r: MethodRanking) =>
  new Set([r.rankByMean, r.rankByMedian, r.rankByTrimmedMean]).size > 1;
const byTrimmedRank = (a: MethodRanking, b: MethodRanking) =>
  (a.rankByTrimmedMean ?? Number.POSITIVE_INFINITY) -
  (b.rankByTrimmedMean ?? Number.POSITIVE_INFINITY);

/** 评分方法对比: per category, each project's score and rank under the three methods. */
export function MethodComparison({ rankings, names, trimMinSheets }: Props) {
  const t = useMessages(qualityMessages);
  const lang = useLang();
  const categories = useCategoryBook();
  const differing = rankings.filter(rankDiffers).length;
  return (
    <section className="quality-section" aria-labelledby="quality-methods-title">
      <h3 id="quality-methods-title">{t("methodsTitle")}</h3>
      <p className="quality-measure">{t("methodsMeasure", { min: trimMinSheets })}</p>
      <p className="quality-summary" aria-live="polite">
        {differing ? t("methodsDiffer", { n: differing }) : t("methodsSame")}
      </p>
      {rankings.length === 0 && <EmptyState>{t("methodsSame")}</EmptyState>}
      {categoriesPresent(rankings).map((category) => {
        const rows = rankings.filter((r) => r.category === category).sort(byTrimmedRank);
        if (!rows.length) return null;
        return (
          <div className="table-scroll" key={category}>
            <table className="data-table quality-table" data-category={category}>
              <caption>
                {t("methodsCaption", { category: categories.name(category, lang) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("project")}</th>
                  {methods.map(([method]) => (
                    <th scope="col" className="num" key={method}>
                      {t(method)}
                    </th>
                  ))}
                  <th scope="col" className="num">
                    {t("sheets")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => {
                  const differs = rankDiffers(r);
                  return (
                    <tr
                      key={r.projectId}
                      data-project-id={r.projectId}
                      className={differs ? "quality-row--differs" : undefined}
                    >
                      <th scope="row" className="quality-name">
                        {names.project(r.projectId)}
                        {differs && (
                          <span className="quality-flag" title={t("rankDiffers")}>
                            <span aria-hidden="true">≠</span>
                            <span className="visually-hidden">{t("rankDiffers")}</span>
                          </span>
                        )}
                      </th>
                      {methods.map(([method, rankKey]) => {
                        const value = r[method];
                        const rank = r[rankKey];
                        return (
                          <td className="num" key={method}>
                            {value === null ? "—" : formatScore(value)}
                            <span className="quality-rank">
                              {rank === null ? t("notRanked") : t("rankOf", { rank })}
                            </span>
                          </td>
                        );
                      })}
                      <td className="num">{r.sheetCount}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        );
      })}
    </section>
  );
}
