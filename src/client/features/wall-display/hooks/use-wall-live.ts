import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { wallKeys } from "../display-data";

type Change =
  | { type: "sheets"; eventId: string }
  | { type: "event"; eventId: string }
  | { type: "projects" };

export type LiveState = {
  status: "connecting" | "open" | "down";
  /** When the stream went down (ms), while it is down. */
  downSince: number | null;
};

function invalidateFor(client: QueryClient, change: Change) {
  switch (change.type) {
    case "sheets":
      return client.invalidateQueries({ queryKey: wallKeys.results(change.eventId) });
    case "event":
      client.invalidateQueries({ queryKey: wallKeys.events() });
      return client.invalidateQueries({ queryKey: wallKeys.results(change.eventId) });
    case "projects":
      client.invalidateQueries({ queryKey: wallKeys.projects() });
      return client.invalidateQueries({ queryKey: ["display", "project"] });
  }
}

const pollWhileDownMs = 30_000;
const reopenAfterMs = 5_000;
/** The server pings every 15 s: three missed pings and the stream counts as dead. */
const silentAfterMs = 45_000;

/**
 * The server's change stream, with the display token in the URL (EventSource sends no headers).
 * EventSource retries a dropped connection by itself but gives up on an HTTP error: then we open
 * a new one after 5 s. A stream that stays open but goes silent (a frozen server, a half-open
 * connection) is noticed by its missing pings and replaced. When it drops, data is refetched at
 * once and then polled every 30 s; once back, everything is refetched in case a change was missed.
 */
export function useWallLive(token: string | null): LiveState {
  const client = useQueryClient();
  const [state, setState] = useState<LiveState>({ status: "connecting", downSince: null });
  useEffect(() => {
    if (!token || typeof EventSource === "undefined") return;
    let source: EventSource | null = null;
    let reopen: ReturnType<typeof setTimeout> | undefined;
    let poll: ReturnType<typeof setInterval> | undefined;
    let wasDown = false;
    let heardAt = Date.now();
    const heard = () => {
      heardAt = Date.now();
    };
    const connect = () => {
      heardAt = Date.now();
      source = new EventSource(`/api/live?token=${encodeURIComponent(token)}`);
      source.addEventListener("ping", heard);
      source.addEventListener("ready", () => {
        heard();
        if (poll) clearInterval(poll);
        poll = undefined;
        if (wasDown) client.invalidateQueries({ queryKey: wallKeys.all });
        wasDown = false;
        setState({ status: "open", downSince: null });
      });
      source.addEventListener("change", (message) => {
        heard();
        try {
          invalidateFor(client, JSON.parse((message as MessageEvent<string>).data) as Change);
        } catch {
          client.invalidateQueries({ queryKey: wallKeys.all });
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
    const markDown = () => {
      // Refetch once at once: if the stream ended because the token was revoked, the 401 shows
      // the screen's "link no longer valid" message now rather than at the next poll.
      if (!wasDown) client.invalidateQueries({ queryKey: wallKeys.all });
      wasDown = true;
      setState((s) => (s.status === "down" ? s : { status: "down", downSince: Date.now() }));
      poll ??= setInterval(
        () => client.invalidateQueries({ queryKey: wallKeys.all }),
        pollWhileDownMs,
      );
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
  }, [token, client]);
  return state;
}
