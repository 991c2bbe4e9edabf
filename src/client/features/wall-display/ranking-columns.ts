/**
 * How the wall's ranking panel lays out any number of categories: each category's table whole, in
 * the district's order, filling a column until the next would not fit, then starting the next
 * column. The event card goes under the last column when it fits there, else in a column of its
 * own. Measured in table rows: a category's title and header count as `headRows`.
 */
export const columnRoom = 17;
export const headRows = 2;
export const eventCardRows = 5;

/**
 * A column this close to its room is drawn tight and stretched to the panel's height (its rows share
 * it), so it still fits when the screen has less (a strip of link notes below); emptier columns keep
 * their rows at the usual spacing.
 */
export const fullFrom = 13;

export type RankingLayout<B> = {
  columns: B[][];
  eventInOwnColumn: boolean;
  /** Per column: whether it is drawn tight (see fullFrom). */
  full: boolean[];
};

export function rankingColumns<B extends { rows: number }>(
  blocks: readonly B[],
  room = columnRoom,
): RankingLayout<B> {
  const columns: B[][] = [];
  let used = 0;
  for (const block of blocks) {
    const need = block.rows + headRows;
    const last = columns.at(-1);
    if (last && used + need <= room) {
      last.push(block);
      used += need;
    } else {
      columns.push([block]);
      used = need;
    }
  }
  const eventInOwnColumn = columns.length === 0 || used + eventCardRows > room;
  const units = (column: B[], i: number) =>
    column.reduce((sum, b) => sum + b.rows + headRows, 0) +
    (!eventInOwnColumn && i === columns.length - 1 ? eventCardRows : 0);
  return { columns, eventInOwnColumn, full: columns.map((c, i) => units(c, i) >= fullFrom) };
}
