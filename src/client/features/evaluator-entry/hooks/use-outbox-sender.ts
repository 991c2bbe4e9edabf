import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { linkCredentials } from "../../../api/credentials";
import { type SheetsResponse, sheetsQueryOptions } from "../../../api/events";
import { ApiError } from "../../../api/read-json";
import { type PutResult, putSheet } from "../api/link-api";
import { useEntryStore, useLinkData } from "../stores/entry-store";
import { retryDelayMs } from "../utils/retry-delay";

type Target = { token: string; link: string; eventId: string; evaluatorId: string };

/**
 * Delivers queued submissions: at once, on page load, when the network returns (`online`), and
 * after a failure with growing waits. A network failure or a 5xx is retried with the same
 * Idempotency-Key (the server replays instead of storing twice); any other refusal is final and
 * shown with the server's message.
 */
export function useOutboxSender({ token, link, eventId, evaluatorId }: Target) {
  const client = useQueryClient();
  const { outbox } = useLinkData(link);
  const inFlight = useRef(new Set<string>());
  const [sending, setSending] = useState<ReadonlySet<string>>(new Set());
  const [revoked, setRevoked] = useState(false);

  const mark = useCallback((projectId: string, on: boolean) => {
    if (on) inFlight.current.add(projectId);
    else inFlight.current.delete(projectId);
    setSending(new Set(inFlight.current));
  }, []);

  const confirm = useCallback(
    (result: PutResult) => {
      // Show the confirmed version at once; the refetch brings everything else in step.
      const { queryKey } = sheetsQueryOptions(eventId, linkCredentials(token));
      client.setQueryData<SheetsResponse>(queryKey, (old) =>
        old
          ? {
              ...old,
              sheets: [
                ...old.sheets.filter(
                  (s) => !(s.evaluatorId === evaluatorId && s.projectId === result.sheet.projectId),
                ),
                result.sheet,
              ],
            }
          : old,
      );
      client.invalidateQueries({ queryKey });
    },
    [client, token, eventId, evaluatorId],
  );

  const flush = useCallback(
    async (force = false) => {
      if (!navigator.onLine) return;
      const store = useEntryStore.getState();
      const queue = store.links[link]?.outbox ?? {};
      const now = Date.now();
      const due = Object.entries(queue).filter(
        ([projectId, p]) => !inFlight.current.has(projectId) && (force || p.retryAt <= now),
      );
      await Promise.all(
        due.map(async ([projectId, pending]) => {
          mark(projectId, true);
          try {
            const result = await putSheet(
              token,
              { eventId, evaluatorId, projectId },
              pending.body,
              pending,
            );
            useEntryStore.getState().delivered(link, projectId, pending.idempotencyKey);
            confirm(result);
          } catch (error) {
            const e = error instanceof ApiError ? error : new ApiError(0, "network", "");
            const s = useEntryStore.getState();
            if (e.status === 0 || e.status >= 500 || e.status === 429)
              s.retryLater(link, projectId, Date.now() + retryDelayMs(pending.attempts));
            else if (e.code === "link_revoked") setRevoked(true);
            else
              s.refused(link, projectId, pending.idempotencyKey, {
                code: e.code,
                message: e.message,
              });
          } finally {
            mark(projectId, false);
          }
        }),
      );
      // A change queued while its earlier version was in flight waits for this turn to end.
      if (due.length) setTimeout(() => void flush(), 0);
    },
    [token, link, eventId, evaluatorId, mark, confirm],
  );

  // Page load, and every change of the queue (a new submission goes out at once).
  useEffect(() => {
    void flush();
    const retryAts = Object.values(outbox).map((p) => p.retryAt);
    if (!retryAts.length) return;
    const wait = Math.max(0, Math.min(...retryAts) - Date.now());
    const timer = setTimeout(() => void flush(), wait + 50);
    return () => clearTimeout(timer);
  }, [outbox, flush]);

  useEffect(() => {
    const back = () => void flush(true);
    window.addEventListener("online", back);
    return () => window.removeEventListener("online", back);
  }, [flush]);

  return { sending, revoked, sendNow: () => flush(true) };
}
