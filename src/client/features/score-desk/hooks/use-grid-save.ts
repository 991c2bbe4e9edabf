import { useQueryClient } from "@tanstack/react-query";
import { type Dispatch, useState } from "react";
import { queryKeys } from "../../../api/query-keys";
import { ApiError } from "../../../api/read-json";
import type { GridAction } from "../../../lib/entry-grid/grid-state";
import { putSheet } from "../api/desk-api";
import { postEntry } from "../api/double-entry-api";
import type { DeskData } from "./use-desk-data";

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
 * PUTs rows one by one (or, in blind double entry, posts them as keyings) and tells the grid what
 * became of each row; drafts go only once the fresh sheets are in.
 */
export function useGridSave(data: DeskData, dispatch: Dispatch<GridAction>, double = false) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);

  async function save(items: SaveItem[]) {
    setBusy(true);
    const saved: string[] = [];
    let failed = 0;
    const passes = { first: 0, matched: 0, mismatch: 0 };
    for (const item of items) {
      dispatch({ type: "commit", keys: [item.key] });
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
          dispatch({ type: "ack", key: item.key, outcome });
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
        dispatch({ type: "ack", key: item.key, outcome: "saved" });
      } catch (e) {
        failed++;
        const message = e instanceof Error ? e.message : String(e);
        dispatch({
          type: e instanceof ApiError && e.status === 412 ? "conflict" : "failed",
          key: item.key,
          message,
        });
      }
    }
    const id = data.event.id;
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.eventSheets(id) }),
      client.invalidateQueries({ queryKey: queryKeys.eventResults(id) }),
      client.invalidateQueries({ queryKey: queryKeys.eventAudit(id) }),
    ]);
    dispatch({ type: "settled", keys: saved });
    setBusy(false);
    return { ok: saved.length, failed, ...passes };
  }

  /** After a 412: forget the local edit of that row and show what the server has now. */
  async function reload(key: string) {
    await client.invalidateQueries({ queryKey: queryKeys.eventSheets(data.event.id) });
    dispatch({ type: "reload", key });
  }

  return { busy, save, reload };
}
