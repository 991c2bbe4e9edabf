import type { Translate } from "../../i18n/messages";
import { useNow } from "./hooks/use-now";
import type { LiveState } from "./hooks/use-wall-live";
import type { wallMessages } from "./messages";

/** Data older than this is called stale even if nothing else looks wrong. */
export const staleAfterMs = 5 * 60_000;

/**
 * How old the data on screen is: while the stream is up, it is current; once it drops, the data
 * is as old as the later of the drop and the last successful fetch (polling goes on meanwhile).
 */
export function dataAgeMs(live: LiveState, lastFetchAt: number, now: number): number {
  if (live.status === "open") return 0;
  const verified = Math.max(lastFetchAt, live.downSince ?? 0);
  return verified > 0 ? Math.max(0, now - verified) : 0;
}

/** The honest corner: says when the connection is down and how old the data is. */
export function LiveBadge({
  live,
  lastFetchAt,
  t,
}: {
  live: LiveState;
  lastFetchAt: number;
  t: Translate<typeof wallMessages.zh>;
}) {
  const now = useNow();
  const age = dataAgeMs(live, lastFetchAt, now);
  const stale = age >= staleAfterMs;
  const down = live.status === "down";
  if (!down && !stale) return null;
  const parts = [
    down ? t("disconnected") : null,
    stale ? t("stale", { minutes: Math.floor(age / 60_000) }) : down ? t("reconnecting") : null,
  ].filter(Boolean);
  return (
    <span className={`wd-badge${stale ? " wd-badge--stale" : ""}`} role="status">
      <span aria-hidden="true">⚠</span> {parts.join(" · ")}
    </span>
  );
}
