// Charts are costly to draw (recharts lays out every bar and label, and settles its own state in
// several passes): a page draws each one only when it comes on screen, and one per task, so that
// loading a page with many charts never blocks input for long. Printing draws them all first.
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";

const queue: (() => void)[] = [];
let scheduled = false;

/** Draws the next waiting chart, then lets the browser paint and answer input before the one after. */
function drawNext() {
  scheduled = false;
  queue.shift()?.();
  if (queue.length) schedule();
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  // A macrotask, not a microtask: each chart's render and layout is a task of its own.
  setTimeout(drawNext, 0);
}

const printing = new Set<() => void>();

if (typeof window !== "undefined") {
  // A printout shows every chart, even those never scrolled to.
  window.addEventListener("beforeprint", () => {
    for (const draw of [...printing]) draw();
  });
}

/**
 * The width in pixels to draw the element at `ref` with, kept current on resize: 0 (not drawn
 * yet) until the element comes on screen and its turn in the queue comes.
 */
export function useDrawnWhenSeen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  const drawn = width > 0;
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => Math.max(1, Math.floor(element.getBoundingClientRect().width));
    if (drawn) {
      const observer = new ResizeObserver(() => setWidth(measure()));
      observer.observe(element);
      return () => observer.disconnect();
    }
    // Synchronous, so that the chart's whole first drawing (recharts settles in several passes)
    // happens inside this task and not in one shared with the next chart.
    const draw = () => flushSync(() => setWidth(measure()));
    if (typeof IntersectionObserver === "undefined") {
      draw();
      return;
    }
    printing.add(draw);
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      queue.push(draw);
      schedule();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      printing.delete(draw);
      const at = queue.indexOf(draw);
      if (at >= 0) queue.splice(at, 1);
    };
  }, [drawn]);
  return [ref, width] as const;
}
