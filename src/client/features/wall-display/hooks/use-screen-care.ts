import { useEffect, useState } from "react";
import { servedPage } from "../../../api/static-files";
import { nextDailyAt } from "../display-params";

/** True after `ms` without mouse movement: the cursor and the full-screen button hide. */
export function useIdle(ms: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => setIdle(true), ms);
    const wake = () => {
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => setIdle(true), ms);
    };
    window.addEventListener("mousemove", wake);
    window.addEventListener("pointerdown", wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("mousemove", wake);
      window.removeEventListener("pointerdown", wake);
    };
  }, [ms]);
  return idle;
}

// A small loop of offsets (px): static edges and text never sit on the same pixels for hours.
const shifts: [number, number][] = [
  [0, 0],
  [3, 2],
  [-2, 3],
  [-3, -2],
  [2, -3],
];

/** A slight periodic shift of the whole screen against burn-in, every few minutes. */
export function useBurnInShift(everyMs = 4 * 60_000): [number, number] {
  const [at, setAt] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setAt((n) => (n + 1) % shifts.length), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return shifts[at] ?? [0, 0];
}

const scriptOf = (html: string) =>
  /<script[^>]*type="module"[^>]*src="([^"]+)"/.exec(html)?.[1] ??
  /<script[^>]*src="([^"]+)"[^>]*type="module"/.exec(html)?.[1] ??
  null;

/** The build this page runs: the hashed entry script in the served index.html. */
export function currentBuild(): string | null {
  return (
    document.querySelector('script[type="module"][src]')?.getAttribute("src") ??
    scriptOf(document.documentElement.outerHTML)
  );
}

/**
 * The screen's page as the server serves it now, or null when it cannot be reached. Every reload
 * checks first: reloading while the server is down would leave an error page nothing reloads.
 */
const servedScreenPage = () => servedPage("/display");

/**
 * Reloads when a new build is deployed: the served index.html names another entry script. Checked
 * every 5 minutes; a failed check (server down) changes nothing.
 */
export function useReloadOnNewBuild(everyMs = 5 * 60_000) {
  useEffect(() => {
    const mine = currentBuild();
    if (!mine) return;
    const timer = setInterval(async () => {
      const page = await servedScreenPage();
      const served = page && scriptOf(page);
      if (served && served !== mine) window.location.reload();
    }, everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
}

/**
 * Reloads once a day at a set minute (the screen's local time), for a fresh start after days of
 * running. Checked every 30 s against the clock rather than one long timer, which a sleeping
 * machine or a changed clock would throw off; if the server is down then, it waits until it is back.
 */
export function useDailyReload(minuteOfDay: number | null, checkEveryMs = 30_000) {
  useEffect(() => {
    if (minuteOfDay === null) return;
    const due = nextDailyAt(minuteOfDay, new Date()).getTime();
    let checking = false;
    const timer = setInterval(async () => {
      if (checking || Date.now() < due) return;
      checking = true;
      if (await servedScreenPage()) window.location.reload();
      checking = false;
    }, checkEveryMs);
    return () => clearInterval(timer);
  }, [minuteOfDay, checkEveryMs]);
}
