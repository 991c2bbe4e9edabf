import { lightGlyph, type StatusLight } from "../../../../domain/status-rules";

/**
 * How a project's marker looks, as pure functions: size from investment, colour from the status
 * light or from the score class. Kept apart from Leaflet so it can be tested and shared by the legend.
 */

/**
 * Circle area grows in proportion to investment (a sqrt scale on the diameter), on top of a minimum
 * disc that still holds a two-digit rank; investments above `referenceYi` get the largest disc.
 */
export const markerSize = { min: 24, max: 56, referenceYi: 200 } as const;

export function markerDiameter(totalInvestmentYi: number): number {
  const share = Math.min(1, Math.max(0, totalInvestmentYi) / markerSize.referenceYi);
  const { min, max } = markerSize;
  return Math.round(Math.sqrt(min * min + (max * max - min * min) * share));
}

/** Hex values of the --c-green / --c-yellow-fill / --c-red tokens: SVG lines cannot use CSS vars. */
export const statusFill: Record<StatusLight, { fill: string; ink: string }> = {
  green: { fill: "#16794a", ink: "#fff" },
  yellow: { fill: "#e0a100", ink: "#1b2430" },
  red: { fill: "#b42318", ink: "#fff" },
};

/** Sequential blues (ColorBrewer PuBu), light = low score; none of them reads as a status light. */
export const scorePalette = [
  { fill: "#d0d1e6", ink: "#1b2430" },
  { fill: "#a6bddb", ink: "#1b2430" },
  { fill: "#74a9cf", ink: "#1b2430" },
  { fill: "#2b8cbe", ink: "#fff" },
  { fill: "#045a8d", ink: "#fff" },
] as const;
export const noScoreFill = { fill: "#9aa5b4", ink: "#1b2430" } as const;

/**
 * Class breaks at quantiles of the scores (rounded to one decimal), so each colour holds some
 * projects even when scores bunch together. Returns ascending thresholds: class i is
 * breaks[i-1] ≤ score < breaks[i].
 */
export function scoreBreaks(scores: readonly number[], classes = scorePalette.length): number[] {
  const sorted = scores.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length < 2) return [];
  const breaks: number[] = [];
  for (let i = 1; i < classes; i++) {
    const position = (sorted.length - 1) * (i / classes);
    const lower = sorted[Math.floor(position)];
    const upper = sorted[Math.ceil(position)];
    const value = Math.round((lower + (upper - lower) * (position % 1)) * 10) / 10;
    if (value > sorted[0] && value <= sorted[sorted.length - 1] && !breaks.includes(value)) {
      breaks.push(value);
    }
  }
  return breaks;
}

/** Index of the class a score falls in, 0 = lowest. */
export function scoreClass(score: number, breaks: readonly number[]): number {
  return breaks.filter((b) => score >= b).length;
}

/** Colours for `breaks.length + 1` classes: the darker end of the palette when there are fewer. */
export function paletteFor(breaks: readonly number[]) {
  return scorePalette.slice(scorePalette.length - (breaks.length + 1));
}

const statusToken: Record<StatusLight, string> = {
  green: "var(--c-green, #16794a)",
  yellow: "var(--c-yellow-fill, #e0a100)",
  red: "var(--c-red, #b42318)",
};

export type ColourBy = "status" | "score";

export type MarkerAppearance = {
  diameter: number;
  /** CSS colour for the disc (a design token in status mode). */
  cssFill: string;
  /** Plain hex for SVG lines and areas. */
  fill: string;
  ink: string;
  /** Shape per light, or the rank within the category: colour is never the only signal. */
  glyph: string;
};

export function markerAppearance(
  project: { totalInvestment: number; status: StatusLight },
  colourBy: ColourBy,
  result: { score: number | null; rank: number | null } | undefined,
  breaks: readonly number[],
): MarkerAppearance {
  const diameter = markerDiameter(project.totalInvestment);
  if (colourBy === "status") {
    const { fill, ink } = statusFill[project.status];
    const cssFill = statusToken[project.status];
    return { diameter, fill, ink, cssFill, glyph: lightGlyph[project.status] };
  }
  if (result?.score == null)
    return { diameter, ...noScoreFill, cssFill: noScoreFill.fill, glyph: "–" };
  const { fill, ink } = paletteFor(breaks)[scoreClass(result.score, breaks)];
  return {
    diameter,
    fill,
    ink,
    cssFill: fill,
    glyph: result.rank == null ? "–" : String(result.rank),
  };
}
