import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { queryKeys } from "../../../api/query-keys";
import { ApiError } from "../../../api/read-json";
import { putSheet } from "../api/desk-api";
import { postEntry } from "../api/double-entry-api";
import type { DeskData } from "./use-desk-data";

export type RowStatus =
  | { kind: "saving" }
  | { kind: "saved" }
  // Blind double entry: what the server made of this keying.
  | { kind: "first" | "matched" | "mismatch" }
  | { kind: "stale"; message: string }
  | { kind: "error"; message: string };

export type SaveItem = {
  key: string;
  evaluatorId: string;
  projectId: string;
  input: {
    scores: Record<string, number>;
    vote: "satisfied" | "basically_satisfied" | "unsatisfied";
    comment?: string;
  };
  version: number;
  /** Why an already submitted sheet is overwritten (kept in the change log); none for a new one. */
  reason?: string;
};

/**
 * PUTs rows one by one (or, in blind double entry, posts them as keyings) and keeps a status per
 * row; drafts go only once the fresh sheets are in.
 */
export function useGridSave(data: DeskData, dropDrafts: (keys: string[]) => void, double = false) {
  const client = useQueryClient();
  const [status, setStatus] = useState<Record<string, RowStatus>>({});
  const [busy, setBusy] = useState(false);
  const set = (key: string, s: RowStatus) => setStatus((m) => ({ ...m, [key]: s }));

  async function save(items: SaveItem[]) {
    setBusy(true);
    const saved: string[] = [];
    let failed = 0;
    const passes = { first: 0, matched: 0, mismatch: 0 };
    for (const item of items) {
      set(item.key, { kind: "saving" });
      try {
        if (double) {
          const { outcome } = await postEntry(
            data.event.id,
            item.evaluatorId,
            item.projectId,
            item.input,
          );
          saved.push(item.key);
          passes[outcome]++;
          set(item.key, { kind: outcome });
          continue;
        }
        await putSheet(
          data.event.id,
          item.evaluatorId,
          item.projectId,
          { ...item.input, ...(item.reason ? { reason: item.reason } : {}) },
          item.version,
        );
        saved.push(item.key);
        set(item.key, { kind: "saved" });
      } catch (e) {
        failed++;
        const message = e instanceof Error ? e.message : String(e);
        set(
          item.key,
          e instanceof ApiError && e.status === 412
            ? { kind: "stale", message }
            : { kind: "error", message },
        );
      }
    }
    const id = data.event.id;
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.eventSheets(id) }),
      client.invalidateQueries({ queryKey: queryKeys.eventResults(id) }),
      client.invalidateQueries({ queryKey: queryKeys.eventAudit(id) }),
    ]);
    dropDrafts(saved);
    setBusy(false);
    return { ok: saved.length, failed, ...passes };
  }

  /** After a 412: forget the local edit of that row and show what the server has now. */
  async function reload(key: string) {
    await client.invalidateQueries({ queryKey: queryKeys.eventSheets(data.event.id) });
    dropDrafts([key]);
    setStatus(({ [key]: _, ...rest }) => rest);
  }

  return { status, busy, save, reload, clearStatus: () => setStatus({}) };
}
