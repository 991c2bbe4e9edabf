/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab / carriage return that hides
 * one) as a formula, even in a CSV. A leading apostrophe makes them show it as text (OWASP CSV
 * injection advice). Numbers stay numbers: only text is ever neutralised.
 */
const formulaStart = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

export type Cell = string | number | null | undefined;

/** A cell as it may be written out: text neutralised, finite numbers kept, the rest empty. */
export function safeCell(value: Cell): string | number {
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  return value == null ? "" : neutraliseFormula(value);
}

/** The inverse on import, so a file exported and read back means what it meant before. */
export function restoreNeutralised(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
