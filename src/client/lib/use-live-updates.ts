import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { queryKeys } from "../api/query-keys";

type Change =
  | { type: "sheets"; eventId: string; projectId: string; evaluatorId: string }
  | { type: "event"; eventId: string }
  | { type: "projects" };

/** The queries a change makes stale, from the one key factory. */
export function keysFor(change: Change): readonly (readonly string[])[] {
  switch (change.type) {
    case "sheets":
      return [
        queryKeys.eventResults(change.eventId),
        queryKeys.eventSheets(change.eventId),
        queryKeys.eventAudit(change.eventId),
        queryKeys.eventQuality(change.eventId),
      ];
    case "event":
      return [queryKeys.events()];
    case "projects":
      return [queryKeys.projects()];
  }
}

/**
 * Listens to the server's change stream (/api/live) and refetches what changed. EventSource
 * reconnects by itself; while it is down, open pages poll every 30 s instead, and refetch
 * everything once the stream is back in case they missed a change.
 */
export function useLiveUpdates(): void {
  const client = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/live");
    let poll: ReturnType<typeof setInterval> | undefined;
    let wasDown = false;
    source.addEventListener("ready", () => {
      if (poll) clearInterval(poll);
      poll = undefined;
      if (wasDown) client.invalidateQueries({ queryKey: queryKeys.all });
      wasDown = false;
    });
    source.addEventListener("change", (message) => {
      try {
        const change = JSON.parse((message as MessageEvent<string>).data) as Change;
        for (const queryKey of keysFor(change)) client.invalidateQueries({ queryKey });
      } catch {
        client.invalidateQueries({ queryKey: queryKeys.all });
      }
    });
    source.addEventListener("error", () => {
      wasDown = true;
      poll ??= setInterval(() => client.invalidateQueries({ queryKey: queryKeys.all }), 30_000);
    });
    return () => {
      source.close();
      if (poll) clearInterval(poll);
    };
  }, [client]);
}
