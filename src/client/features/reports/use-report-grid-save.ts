import { useQueryClient } from "@tanstack/react-query";
import { type Dispatch, useRef, useState } from "react";
import type { ReportInput } from "../../../domain/report-input";
import { queryKeys } from "../../api/query-keys";
import { ApiError } from "../../api/read-json";
import { putReport } from "../../api/reports";
import type { GridAction } from "../../lib/entry-grid/grid-state";
import { newKey } from "./report-draft";

export type GridSaveItem = { projectId: string; input: ReportInput; version: number };
export type GridSaveResult = { ok: number; failed: number };
/** Why a row was not stored; the grid words it. */
export type RowRefusal =
  | { kind: "refused"; message: string }
  | { kind: "conflict" }
  | { kind: "offline" };

/**
 * Sends each changed row of the report grid through PUT …/reports/:period, one after another,
 * and tells the grid what became of each. A row keeps its Idempotency-Key until it is stored, so
 * saving again after a dropped connection stores it once; a row typed differently is a new sending.
 */
export function useReportGridSave(
  period: string,
  dispatch: Dispatch<GridAction>,
  /** A refusal in the reader's words, as the row's status shows it. */
  wordRefusal: (refusal: RowRefusal) => string,
) {
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const keys = useRef(new Map<string, { body: string; key: string }>());

  const keyFor = (item: GridSaveItem) => {
    const body = JSON.stringify([item.input, item.version]);
    const known = keys.current.get(item.projectId);
    if (known?.body === body) return known.key;
    const key = newKey();
    keys.current.set(item.projectId, { body, key });
    return key;
  };

  async function save(items: GridSaveItem[]): Promise<GridSaveResult> {
    setBusy(true);
    const saved: string[] = [];
    for (const item of items) {
      dispatch({ type: "commit", keys: [item.projectId] });
      try {
        await putReport({ projectId: item.projectId, period }, item.input, {
          baseVersion: item.version,
          idempotencyKey: keyFor(item),
        });
        keys.current.delete(item.projectId);
        saved.push(item.projectId);
        dispatch({ type: "ack", key: item.projectId, outcome: "saved" });
      } catch (e) {
        const refusal: RowRefusal =
          e instanceof ApiError && e.status === 412
            ? { kind: "conflict" }
            : e instanceof ApiError && e.status === 0
              ? { kind: "offline" }
              : { kind: "refused", message: e instanceof Error ? e.message : String(e) };
        dispatch({
          type: refusal.kind === "conflict" ? "conflict" : "failed",
          key: item.projectId,
          message: wordRefusal(refusal),
        });
      }
    }
    // The stored rows show what the server has before their drafts go.
    await Promise.all([
      client.invalidateQueries({ queryKey: queryKeys.rounds() }),
      client.invalidateQueries({ queryKey: queryKeys.projects() }),
    ]);
    dispatch({ type: "settled", keys: saved });
    setBusy(false);
    return { ok: saved.length, failed: items.length - saved.length };
  }

  return { busy, save };
}
