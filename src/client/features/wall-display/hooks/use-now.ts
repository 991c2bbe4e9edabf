import { useSyncExternalStore } from "react";

// One timer for every clock on the screen, running only while something shows the time.
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;
let now = Date.now();

function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time (ms), updated every second. */
export const useNow = () => useSyncExternalStore(subscribe, () => now);

const pad = (n: number) => String(n).padStart(2, "0");

/** "14:03:25" in the screen's local time. */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** "14:03:25", or with the date when it is not today: data from yesterday must say so. */
export function fetchedTime(ms: number, nowMs: number): string {
  const d = new Date(ms);
  const sameDay = new Date(nowMs).toDateString() === d.toDateString();
  return sameDay
    ? clockTime(ms)
    : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${clockTime(ms)}`;
}
