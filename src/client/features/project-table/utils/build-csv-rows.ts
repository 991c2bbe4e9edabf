import { type Lang, PROGRESS_DIGITS } from "../../../../domain/formats";
import { roundTo } from "../../../../domain/rounding";
import { type CategoryName, categoryName } from "../../../../domain/shared-messages";
import { commonMessages } from "../../../i18n/common-messages";
import { localized } from "../../../i18n/localized";
import { translate } from "../../../i18n/messages";
import { projectTableMessages } from "../messages";
import type { ProjectRow } from "./project-row";
import type { ColumnId } from "./table-columns";

export type CsvCell = string | number;

/** Rounded as on screen, but a plain number (no unit, no thousands separator) so Excel can sum it. */
const plain = (value: number | null, digits: number): CsvCell =>
  value === null ? "" : roundTo(value, digits);

/**
 * The rows of the CSV export: a header row in the UI's language (units in the header), then one
 * row per project in the order given, with only the columns given — i.e. exactly what is shown.
 */
export function buildCsvRows(
  rows: readonly ProjectRow[],
  columns: readonly ColumnId[],
  lang: Lang,
  /** The district's categories, so an added one is named, not shown by its id. */
  categories: readonly CategoryName[] = [],
): CsvCell[][] {
  const t = translate(projectTableMessages, lang);
  const common = translate(commonMessages, lang);
  const statusWord = { green: "statusGreen", yellow: "statusYellow", red: "statusRed" } as const;

  const header: Record<ColumnId, string> = {
    name: t("colName"),
    category: t("colCategory"),
    street: t("colStreet"),
    totalInvestment: t("csvTotalInvestment"),
    planCompletion: t("csvPlanCompletion"),
    progress: t("csvProgress"),
    status: t("colStatus"),
    score: t("colScore"),
    rank: t("csvRank"),
  };
  const cell: Record<ColumnId, (row: ProjectRow) => CsvCell> = {
    name: (row) => localized(row, "name", lang),
    category: (row) => categoryName(row.category, lang, categories),
    street: (row) => localized(row, "street", lang),
    // 亿元 to four decimals: the screen shows small amounts in 万元, so nothing shown is lost.
    totalInvestment: (row) => plain(row.totalInvestment, 4),
    planCompletion: (row) => plain(row.statusExplanation.ytdCompletionPct, 1),
    progress: (row) => plain(row.progress, PROGRESS_DIGITS),
    status: (row) => common(statusWord[row.status]),
    score: (row) => plain(row.score, 2),
    // The rank alone: "3 / 16" would turn into a date in Excel; the category says what it is out of.
    rank: (row) => plain(row.rank, 0),
  };
  return [
    columns.map((id) => header[id]),
    ...rows.map((row) => columns.map((id) => cell[id](row))),
  ];
}
