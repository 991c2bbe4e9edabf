import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PanelId } from "../display-params";

export type Rotation = {
  active: PanelId;
  paused: boolean;
  /** How many times the spotlight has come round: which project it shows. */
  spotlightTurn: number;
  togglePause: () => void;
  step: (direction: 1 | -1) => void;
};

/**
 * Cycles through the panels every `intervalMs`, skipping the failing ones (unless all fail: then
 * the first stays, with its error). Starts by itself; pausing keeps the current panel.
 */
export function useRotation(
  panels: PanelId[],
  intervalMs: number,
  failing: Set<PanelId>,
): Rotation {
  // Keyed by content: `failing` is a new set whenever data arrives, and a new list each time would
  // restart the panel's timer, so a live event with sheets coming in faster than the interval
  // would never rotate.
  const ok = panels.filter((p) => !failing.has(p));
  const usableKey = (ok.length ? ok : panels.slice(0, 1)).join(",");
  const usable = useMemo(() => usableKey.split(",") as PanelId[], [usableKey]);
  const [active, setActive] = useState<PanelId>(usable[0] ?? "map");
  const [paused, setPaused] = useState(false);
  // Starting on the spotlight shows the first project; arriving at it later moves on by one.
  const [spotlightTurn, setSpotlightTurn] = useState(usable[0] === "spotlight" ? 0 : -1);
  const [ticks, setTicks] = useState(0);
  const usableRef = useRef(usable);
  usableRef.current = usable;

  const step = useCallback((direction: 1 | -1) => {
    setActive((current) => {
      const list = usableRef.current;
      const at = list.indexOf(current);
      // A panel that just failed is no longer in the list: go on from where it stood.
      const from = at === -1 ? (direction === 1 ? -1 : 0) : at;
      const next = list[(from + direction + list.length) % list.length] ?? current;
      if (next === "spotlight") setSpotlightTurn((n) => n + direction);
      return next;
    });
    setTicks((n) => n + 1);
  }, []);

  // A panel that fails while shown is left at once.
  useEffect(() => {
    if (!usable.includes(active)) step(1);
  }, [usable, active, step]);

  // One timer per shown panel; a manual step restarts the wait.
  // biome-ignore lint/correctness/useExhaustiveDependencies: ticks restarts the timer on purpose
  useEffect(() => {
    if (paused || (usable.length < 2 && !usable.includes("spotlight"))) return;
    const timer = setTimeout(() => step(1), intervalMs);
    return () => clearTimeout(timer);
  }, [paused, intervalMs, step, ticks, usable]);

  const togglePause = useCallback(() => setPaused((p) => !p), []);
  return { active, paused, spotlightTurn, togglePause, step };
}
