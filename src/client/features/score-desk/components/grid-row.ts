/** One row of the desk grid: a project (one evaluator's sheet) or an evaluator (one project's column). */
export type GridRow = {
  key: string;
  evaluatorId: string;
  projectId: string;
  label: string;
  recused: boolean;
  /**
   * Blind double entry only: the sheet is stored already, I keyed its first pass, another account
   * keyed it (a second pass is wanted), or its two passes differ and wait for review.
   */
  double?: { state: "stored" | "mine" | "waiting" | "review"; by?: string };
};

/** Rows that cannot be keyed now: recused, or locked by blind double entry. */
export const isLocked = (row: GridRow | undefined) =>
  !row ||
  row.recused ||
  row.double?.state === "stored" ||
  row.double?.state === "mine" ||
  row.double?.state === "review";

/** How the desk names a project (its place in the inspection order) and an evaluator (with group). */
export const projectLabel = (p: { label: string }, index: number) => `${index + 1}. ${p.label}`;
export const evaluatorLabel = (e: { display: string; groupName: string }) =>
  `${e.display}（${e.groupName}）`;
