import type { EventState } from "./scoring-schemas";

type EventLike = { id: string; date: string; state: EventState };

/** Scores of an event whose scoring has ended no longer move: they are what a page may quote. */
const finished = (e: EventLike) => e.state === "closed" || e.state === "published";

/** Latest date first; events on the same date keep the order they were given in. */
const latestFirst = <E extends EventLike>(events: readonly E[]) =>
  events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.date.localeCompare(a.e.date) || a.i - b.i)
    .map(({ e }) => e);

/**
 * The one rule for which inspection event a view shows when nobody named one (dashboard, wall,
 * exports alike): the latest whose scoring has ended (closed or published), so a half-scored event
 * never stands in for the results. Only when none has ended: the latest open one, else the latest
 * of any state. An open event is otherwise shown only where a link or a choice names it.
 */
export function defaultEvent<E extends EventLike>(events: readonly E[]): E | undefined {
  const sorted = latestFirst(events);
  return sorted.find(finished) ?? sorted.find((e) => e.state === "open") ?? sorted[0];
}

/**
 * The event named by a link or a choice if it exists; else the default. `named` says whether the
 * request was honoured, so a caller can tell the person that an unknown id fell back.
 */
export function chooseEvent<E extends EventLike>(
  events: readonly E[],
  requested: string | null | undefined,
): { event: E | undefined; named: boolean } {
  const found = requested ? events.find((e) => e.id === requested) : undefined;
  return found ? { event: found, named: true } : { event: defaultEvent(events), named: false };
}

/**
 * Where scores are entered (the desk) when nobody named an event: the latest open one, since that
 * is where entry happens; else the default above.
 */
export function entryEvent<E extends EventLike>(events: readonly E[]): E | undefined {
  return latestFirst(events).find((e) => e.state === "open") ?? defaultEvent(events);
}
