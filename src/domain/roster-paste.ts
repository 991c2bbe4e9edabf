import type { RosterEntry } from "./event-input";
import { defineMessages, type Lang, text } from "./i18n";
import type { EvaluatorGroup } from "./scoring-schemas";

const messages = defineMessages({
  zh: {
    no_label: "第 {row} 行：缺少评委标签（如 评委01）",
    label_too_long: "第 {row} 行：标签最多 40 个字符",
    no_group: "第 {row} 行：缺少评委组",
    group_unknown: "第 {row} 行：没有“{group}”这个评委组；现有评委组：{known}",
    duplicate: "第 {row} 行：标签 {label} 与第 {other} 行重复",
  },
  en: {
    no_label: "Row {row}: the evaluator's label (e.g. 评委01) is missing",
    label_too_long: "Row {row}: a label has at most 40 characters",
    no_group: "Row {row}: the evaluator group is missing",
    group_unknown: "Row {row}: there is no evaluator group “{group}”; the groups are: {known}",
    duplicate: "Row {row}: label {label} repeats row {other}",
  },
});

export type RosterRowIssue = { row: number; message: string };

/** A header row as people type it: its first cell names the column rather than an evaluator. */
const isHeader = (cells: readonly string[]) => /^(标签|评委标签|编号|label)$/i.test(cells[0] ?? "");

/**
 * Rows pasted from a spreadsheet or typed, one evaluator a line: label, name, group, unit,
 * separated by tabs or commas. The group may be its id or its name in either language. Every
 * row's problems are reported; the entries are usable only when there are none.
 */
export function parseRosterRows(
  pasted: string,
  groups: readonly EvaluatorGroup[],
  lang: Lang,
): { entries: RosterEntry[]; issues: RosterRowIssue[] } {
  const entries: RosterEntry[] = [];
  const issues: RosterRowIssue[] = [];
  const firstRow = new Map<string, number>();
  const say = (code: keyof typeof messages.zh, params: Record<string, string | number>) =>
    text(messages, code, lang, params);
  const known = groups.map((g) => (lang === "zh" ? g.name : g.nameEn)).join(" / ");
  const lines = pasted.split(/\r?\n/);
  lines.forEach((line, i) => {
    const row = i + 1;
    if (!line.trim()) return;
    const cells = line.split(/\t|,|，/).map((c) => c.trim());
    if (i === 0 && isHeader(cells)) return;
    const [label = "", name = "", groupText = "", unit = ""] = cells;
    const before = issues.length;
    if (!label) issues.push({ row, message: say("no_label", { row }) });
    else if (label.length > 40) issues.push({ row, message: say("label_too_long", { row }) });
    const wanted = groupText.toLowerCase();
    const group = groups.find(
      (g) => g.id === wanted || g.name === groupText || g.nameEn.toLowerCase() === wanted,
    );
    if (!groupText) issues.push({ row, message: say("no_group", { row }) });
    else if (!group)
      issues.push({ row, message: say("group_unknown", { row, group: groupText, known }) });
    const other = firstRow.get(label);
    if (label && other !== undefined)
      issues.push({ row, message: say("duplicate", { row, label, other }) });
    if (label && other === undefined) firstRow.set(label, row);
    if (issues.length > before || !group) return;
    entries.push({
      label,
      groupId: group.id,
      ...(name ? { name } : {}),
      ...(unit ? { unit } : {}),
    });
  });
  return { entries, issues };
}
