/**
 * What people type for a score or a vote, and what every entry point (the evaluator's phone, the
 * desk grid, an imported file) must make of it. One table, run through the domain's reader and
 * through each entry point, so they cannot drift apart again.
 */

import type { Vote } from "./scoring-schemas";
import type { InputIssue, TypedValue } from "./sheet-input";

/** The criterion the score rows are typed into (max 30); a second one is always filled in. */
export const tableScheme = {
  criteria: [
    { id: "progress", name: "项目建设进度", nameEn: "Progress", max: 30 },
    { id: "benefit", name: "综合效益", nameEn: "Benefit", max: 15 },
  ],
};

type Row<T> = { typed: TypedValue; what: string; expected: T | InputIssue["code"] };

export const scoreTable: Row<number>[] = [
  { typed: "7.5", what: "a half point", expected: 7.5 },
  { typed: "28", what: "a whole number", expected: 28 },
  { typed: "0", what: "nothing earned", expected: 0 },
  { typed: "30", what: "the maximum", expected: 30 },
  { typed: ".5", what: "no leading zero", expected: 0.5 },
  { typed: "7.", what: "a trailing point", expected: 7 },
  { typed: "７.５", what: "full-width digits", expected: 7.5 },
  { typed: "７．５", what: "full-width digits and point", expected: 7.5 },
  { typed: "7,5", what: "a decimal comma", expected: 7.5 },
  { typed: "7，5", what: "a full-width comma", expected: 7.5 },
  { typed: "7。5", what: "an ideographic full stop", expected: 7.5 },
  { typed: " 28 ", what: "spaces around", expected: 28 },
  { typed: "\u300028\u3000", what: "ideographic spaces around", expected: 28 },
  { typed: "\t28\n", what: "a tab and a line break from a paste", expected: 28 },
  { typed: "7.50", what: "an Excel number saved as text", expected: 7.5 },
  { typed: "07.5", what: "a leading zero", expected: 7.5 },
  { typed: 7.5, what: "a spreadsheet number", expected: 7.5 },
  { typed: 7.499999999, what: "a float cell a formula left", expected: 7.5 },
  { typed: "7.499999999", what: "the same float as text", expected: 7.5 },
  { typed: 27.500000001, what: "a float just above", expected: 27.5 },
  { typed: "", what: "blank", expected: "missing" },
  { typed: "   ", what: "only spaces", expected: "missing" },
  { typed: "\u3000", what: "only an ideographic space", expected: "missing" },
  { typed: null, what: "an empty spreadsheet cell", expected: "missing" },
  { typed: "7.3", what: "not a half point", expected: "step" },
  { typed: "7.25", what: "a quarter point", expected: "step" },
  { typed: 7.4999, what: "a float too far from a half point", expected: "step" },
  { typed: "30.5", what: "above the maximum", expected: "out_of_range" },
  { typed: "-1", what: "negative", expected: "out_of_range" },
  { typed: "－１", what: "negative in full width", expected: "out_of_range" },
  { typed: "abc", what: "letters", expected: "not_a_number" },
  { typed: "7 5", what: "a space inside", expected: "not_a_number" },
  { typed: "7.5分", what: "a unit after the number", expected: "not_a_number" },
  { typed: "1e1", what: "scientific notation", expected: "not_a_number" },
  { typed: "0x1A", what: "hexadecimal", expected: "not_a_number" },
  { typed: "7.5.1", what: "two points", expected: "not_a_number" },
  { typed: "Infinity", what: "infinity", expected: "not_a_number" },
];

export const voteTable: Row<Vote>[] = [
  { typed: "1", what: "paper sheet number 1", expected: "satisfied" },
  { typed: "2", what: "paper sheet number 2", expected: "basically_satisfied" },
  { typed: "3", what: "paper sheet number 3", expected: "unsatisfied" },
  { typed: "１", what: "a full-width digit", expected: "satisfied" },
  { typed: 2, what: "a spreadsheet number", expected: "basically_satisfied" },
  { typed: "满意", what: "the Chinese word", expected: "satisfied" },
  { typed: " 基本满意 ", what: "the Chinese word with spaces", expected: "basically_satisfied" },
  { typed: "不满意", what: "the Chinese word for unsatisfied", expected: "unsatisfied" },
  { typed: "Satisfied", what: "the English word", expected: "satisfied" },
  { typed: "basically satisfied", what: "two English words", expected: "basically_satisfied" },
  { typed: "Basically_Satisfied", what: "the id in another case", expected: "basically_satisfied" },
  { typed: "UNSATISFIED", what: "capitals", expected: "unsatisfied" },
  { typed: "dissatisfied", what: "the other English word", expected: "unsatisfied" },
  { typed: "", what: "blank", expected: "no_vote" },
  { typed: "\u3000", what: "only an ideographic space", expected: "no_vote" },
  { typed: null, what: "an empty spreadsheet cell", expected: "no_vote" },
  { typed: "4", what: "no such number", expected: "unknown_vote" },
  { typed: "很满意", what: "another word", expected: "unknown_vote" },
  { typed: "1.5", what: "between two votes", expected: "unknown_vote" },
];

/** How a phone or a grid cell holds a table row: as the text it shows. */
export const asTyped = (value: TypedValue): string => (value == null ? "" : String(value));
