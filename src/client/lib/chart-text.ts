// Sizing text inside SVG charts: the root font size in pixels, and the width a label will take.
import { useSyncExternalStore } from "react";

// The root font size changes only with the viewport (media queries in styles.css) or browser zoom,
// both of which fire "resize"; caching it keeps getComputedStyle out of every render.
let cached: number | undefined;

function subscribe(onChange: () => void) {
  const handler = () => {
    cached = undefined;
    onChange();
  };
  window.addEventListener("resize", handler);
  return () => window.removeEventListener("resize", handler);
}

function readRemPx(): number {
  cached ??= Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return cached;
}

/**
 * Pixels per rem, kept current. Charts (SVG drawn in pixels) size their heights, axis widths and
 * margins from it so that they grow with the type on large screens instead of staying squat.
 */
export function useRemPx(): number {
  return useSyncExternalStore(subscribe, readRemPx, () => 16);
}

let context: CanvasRenderingContext2D | null | undefined;
let fontFamily = "sans-serif";

/** The width in pixels of `text` drawn at `fontPx` in the page's font (estimated without a canvas). */
export function textWidth(text: string, fontPx: number, bold = false): number {
  if (context === undefined && typeof document !== "undefined") {
    context = document.createElement("canvas").getContext("2d");
    fontFamily = getComputedStyle(document.body).fontFamily || fontFamily;
  }
  if (context) {
    context.font = `${bold ? 700 : 400} ${fontPx}px ${fontFamily}`;
    return context.measureText(text).width;
  }
  // Ideographs are one em wide; Latin letters and digits average a little over half an em.
  let ems = 0;
  for (const ch of text) ems += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6;
  return ems * fontPx;
}

/** `text` cut at the end with "…" so that it fits in `maxPx` at `fontPx`. */
export function fitText(text: string, maxPx: number, fontPx: number, bold = false): string {
  if (textWidth(text, fontPx, bold) <= maxPx) return text;
  const chars = [...text];
  let n = chars.length - 1;
  while (n > 1 && textWidth(`${chars.slice(0, n).join("").trimEnd()}…`, fontPx, bold) > maxPx) n--;
  return `${chars.slice(0, n).join("").trimEnd()}…`;
}
