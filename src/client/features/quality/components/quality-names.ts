/** How the panel names projects, evaluators and groups, in the reader's language. */
export type QualityNames = {
  project: (id: string) => string;
  evaluator: (id: string) => string;
  group: (id: string) => string;
};

/** "+1.25" / "−0.80": a deviation reads as a direction, so it always carries its sign. */
export function signed(value: number, format: (v: number) => string): string {
  return value > 0 ? `+${format(value)}` : value < 0 ? `−${format(-value)}` : format(0);
}
