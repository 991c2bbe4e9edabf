/** A project as the phone sees it when choosing where to go after a submission. */
export type ScoringItem = { id: string; recused: boolean; scored: boolean };

/**
 * The next project still to score after `fromId`, in inspection order, coming round to the
 * start (an evaluator who began in the middle still finishes the ones before); null when every
 * project is scored or recused.
 */
export function nextToScore(items: ScoringItem[], fromId: string): string | null {
  const start = items.findIndex((i) => i.id === fromId);
  for (let step = 1; step <= items.length; step++) {
    const item = items[(start + step + items.length) % items.length];
    if (item && item.id !== fromId && !item.recused && !item.scored) return item.id;
  }
  return null;
}
