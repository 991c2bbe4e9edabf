import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Change } from "../../server/live/change-feed";
import { type Credentials, liveStreamUrl, sessionCredentials } from "../api/credentials";
import { queryKeys } from "../api/query-keys";

/** What the stream tells clients ("access" changes stay on the server). */
export type LiveChange = Exclude<Change, { type: "access" }>;

export type LiveState = {
  status: "connecting" | "open" | "down";
  /** When the stream went down (ms), while it is down. */
  downSince: number | null;
};

/** The queries a change makes stale, from the one key factory (token reads sit below them). */
export function keysFor(change: LiveChange): readonly (readonly string[])[] {
  switch (change.type) {
    case "sheets":
      return [
        queryKeys.eventResults(change.eventId),
        queryKeys.eventSheets(change.eventId),
        queryKeys.eventAudit(change.eventId),
        queryKeys.eventQuality(change.eventId),
      ];
    case "event":
      // A published inspection changes the review's comparison of inspections.
      return [queryKeys.events(), queryKeys.review()];
    case "projects":
      return [queryKeys.projects()];
    case "reports":
      // An accepted report moves the project (its light, progress, 数据截至) as well as the round.
      return [queryKeys.rounds(), queryKeys.projects()];
    case "all":
      return [queryKeys.all];
  }
}

const pollWhileDownMs = 30_000;
const reopenAfterMs = 5_000;
/** The server pings every 15 s: three missed pings and the stream counts as dead. */
const silentAfterMs = 45_000;

/**
 * Listens to the server's change stream (/api/live) and refetches what changed — for the
 * dashboard, the phone and the wall alike. EventSource retries a dropped connection by itself but
 * gives up on an HTTP error: then we open a new one after 5 s. A stream that stays open but goes
 * silent (a frozen server, a half-open connection) is noticed by its missing pings and replaced.
 * When it drops, data is refetched at once and then polled every 30 s; once back, everything is
 * refetched in case a change was missed. `null` credentials (no token yet): no stream.
 */
export function useLiveUpdates(credentials: Credentials | null = sessionCredentials): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: "connecting", downSince: null });
  const url = credentials ? liveStreamUrl(credentials) : null;
  useEffect(() => {
    if (!url || typeof EventSource === "undefined") return;
    const refetchAll = () => client.invalidateQueries({ queryKey: queryKeys.all });
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    let wasDown = false;
    let heardAt = Date.now();
    const heard = () => {
      heardAt = Date.now();
    };
    const markDown = () => {
      // Refetch once at once: if the stream ended because a token was revoked, the 401 shows the
      // page's "no longer valid" message now rather than at the next poll.
      if (!wasDown) refetchAll();
      wasDown = true;
      setState((s) => (s.status === "down" ? s : { status: "down", downSince: Date.now() }));
      poll ??= setInterval(refetchAll, pollWhileDownMs);
    };
    const connect = () => {
      heardAt = Date.now();
      source = new EventSource(url);
      source.addEventListener("ping", heard);
      source.addEventListener("ready", () => {
        heard();
        if (poll) clearInterval(poll);
        poll = undefined;
        if (wasDown) refetchAll();
        wasDown = false;
        setState({ status: "open", downSince: null });
      });
      source.addEventListener("change", (message) => {
        heard();
        try {
          const change = JSON.parse((message as MessageEvent<string>).data) as LiveChange;
          for (const queryKey of keysFor(change)) client.invalidateQueries({ queryKey });
        } catch {
          refetchAll();
        }
      });
      source.addEventListener("error", () => {
        markDown();
        if (source?.readyState === EventSource.CLOSED) {
          source.close();
          reopen = setTimeout(connect, reopenAfterMs);
        }
      });
    };
    const watchdog = setInterval(() => {
      if (Date.now() - heardAt < silentAfterMs) return;
      // Silent too long: give up on this stream and open a new one.
      markDown();
      source?.close();
      clearTimeout(reopen);
      connect();
    }, silentAfterMs / 3);
    connect();
    return () => {
      source?.close();
      clearTimeout(reopen);
      clearInterval(watchdog);
      if (poll) clearInterval(poll);
    };
  }, [url, client]);
  return state;
}
