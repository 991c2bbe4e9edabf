import { defineMessages, type Lang, translate } from "../../../domain/i18n";
import { joinList } from "../../../domain/shared-messages";
import type { Notice } from "./grid-state";

const pasteMessages = defineMessages({
  zh: {
    pasted: "已粘贴 {rows} 行 × {cols} 列。",
    pastedClipped: "已粘贴 {rows} 行 × {cols} 列；超出表格的 {extra} 个单元格未粘贴。",
    pasteUndone: "已撤销粘贴。",
  },
  en: {
    pasted:
      "Pasted {rows, plural, one {# row} other {# rows}} × {cols, plural, one {# column} other {# columns}}.",
    pastedClipped:
      "Pasted {rows, plural, one {# row} other {# rows}} × {cols, plural, one {# column} other {# columns}}; {extra, plural, one {# cell beyond the grid was} other {# cells beyond the grid were}} not pasted.",
    pasteUndone: "Paste undone.",
  },
});

/**
 * The line under an entry grid after a paste, in the reader's language. What overwriting a stored
 * row means differs by grid (a submitted sheet needs a reason; an accepted report is corrected), so
 * each grid words that part itself, given the rows' names.
 */
export function pasteNoticeText(
  notice: Notice | null,
  lang: Lang,
  overwrites: (count: number, names: string) => string,
  nameOf: (key: string) => string,
): string {
  if (!notice) return "";
  const t = translate(pasteMessages, lang);
  if (notice.kind === "pasteUndone") return t("pasteUndone");
  const { rows, cols, extra, replaced } = notice;
  return [
    extra ? t("pastedClipped", { rows, cols, extra }) : t("pasted", { rows, cols }),
    replaced.length ? overwrites(replaced.length, joinList(replaced.map(nameOf), lang)) : "",
  ]
    .filter(Boolean)
    .join(" ");
}
