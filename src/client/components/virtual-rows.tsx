import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { type RefObject, useLayoutEffect, useRef, useState } from "react";
import "./virtual-rows.css";

/**
 * From this many rows on, a table draws only the rows near the screen (a city's list has
 * thousands). Below it every row is drawn, so a district's table stays exactly as it was.
 */
export const VIRTUAL_FROM = 120;

/** A row's height with its bottom margin (cards on a phone stand apart by a margin). */
function measureRow(element: Element): number {
  const margin = Number.parseFloat(getComputedStyle(element).marginBottom) || 0;
  return element.getBoundingClientRect().height + margin;
}

/** Where rows become cards (as the tables' own styles say). */
export function cardWidth(): boolean {
  return typeof window !== "undefined" && window.matchMedia?.("(max-width: 720px)").matches;
}

export type VirtualRows = {
  /** On the <tbody>: where the rows start on the page. */
  bodyRef: RefObject<HTMLTableSectionElement | null>;
  /** The row indexes to draw, in order. */
  indexes: number[];
  /** Space for the rows above and below the drawn ones, px (0 when every row is drawn). */
  before: number;
  after: number;
  /** On each drawn <tr> (with data-index), so rows of any height are measured. */
  measure: (element: HTMLElement | null) => void;
  /** Scrolls the page until row `index` is drawn (a key moved the focus to one that is not). */
  scrollTo: (index: number) => void;
};

const noMeasure = () => {};

/**
 * Which rows of a long table to draw, for the page's own scroll (the table has no scroll box of
 * its own, so the page, the header and the phone cards behave as before).
 */
export function useVirtualRows(
  count: number,
  /** A row's height, px, and a card's (on a phone), before they are measured. */
  estimate: { row: number; card: number },
): VirtualRows {
  const bodyRef = useRef<HTMLTableSectionElement | null>(null);
  const enabled = count >= VIRTUAL_FROM;
  const [offset, setOffset] = useState(0);
  // Where the body starts moves when something above it opens or wraps; checked after each render.
  useLayoutEffect(() => {
    const body = bodyRef.current;
    if (!enabled || !body) return;
    const top = Math.round(body.getBoundingClientRect().top + window.scrollY);
    if (top !== offset) setOffset(top);
  });
  // Asked once per draw, not once per row: thousands of media queries add up.
  const guess = enabled && cardWidth() ? estimate.card : estimate.row;
  const virtualizer = useWindowVirtualizer({
    // Off for short tables: it would read the page's scroll position while the page is still being
    // built, forcing a layout of the whole page inside the first render (a tenth of a second on a
    // slow phone) for rows that are all drawn anyway.
    enabled,
    count: enabled ? count : 0,
    // A close guess keeps the scroll bar steady: what is not yet measured takes up about its room.
    estimateSize: () => guess,
    overscan: 8,
    scrollMargin: offset,
    measureElement: measureRow,
    // The first draw already fills a screen, before the window has been measured.
    initialRect: {
      width: 0,
      height: typeof window === "undefined" ? 900 : window.innerHeight,
    },
  });
  if (!enabled)
    return {
      bodyRef,
      indexes: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      measure: noMeasure,
      scrollTo: noMeasure,
    };
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    bodyRef,
    indexes: items.map((item) => item.index),
    before: first ? first.start - offset : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - offset) : 0,
    measure: virtualizer.measureElement,
    scrollTo: (index) => virtualizer.scrollToIndex(index, { align: "auto" }),
  };
}

/** An empty row holding the place of rows not drawn; hidden from screen readers. */
export function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an empty spacer row, nothing in it to focus
    <tr className="table-spacer" aria-hidden="true">
      <td colSpan={columns} style={{ height }} />
    </tr>
  );
}
