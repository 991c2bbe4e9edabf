import { useMemo } from "react";
import { pairKey } from "../../../../domain/pair-key";
import type { DoubleEntryList } from "../api/double-entry-api";
import { evaluatorLabel, type GridRow, projectLabel } from "../components/grid-row";
import type { DeskData } from "./use-desk-data";

type Target = { mode: "evaluator" | "project"; evaluatorId: string; projectId: string };

/**
 * The grid's rows for a target (one evaluator's sheet, or one project's column) and, in blind
 * double entry, each row's keying state from the server (`double` given).
 */
export function useGridRows(data: DeskData, target: Target, double?: DoubleEntryList): GridRow[] {
  return useMemo(() => {
    const base =
      target.mode === "evaluator"
        ? data.projects.map((p, i) => ({
            key: pairKey({ evaluatorId: target.evaluatorId, projectId: p.id }),
            evaluatorId: target.evaluatorId,
            projectId: p.id,
            label: projectLabel(p, i),
            recused: data.recused(target.evaluatorId, p.id),
          }))
        : data.evaluators.map((e) => ({
            key: pairKey({ evaluatorId: e.id, projectId: target.projectId }),
            evaluatorId: e.id,
            projectId: target.projectId,
            label: evaluatorLabel(e),
            recused: data.recused(e.id, target.projectId),
          }));
    if (!double) return base;
    const review = new Set(double.mismatches.map((m) => pairKey(m)));
    const waiting = new Map(double.waiting.map((w) => [pairKey(w), w]));
    return base.map((row): GridRow => {
      if (row.recused) return row;
      if (data.sheets.has(row.key)) return { ...row, double: { state: "stored" } };
      if (review.has(row.key)) return { ...row, double: { state: "review" } };
      const w = waiting.get(row.key);
      if (!w) return row;
      return w.mine
        ? { ...row, double: { state: "mine" } }
        : { ...row, double: { state: "waiting", by: w.keyedBy.replace(/^user:/, "") } };
    });
  }, [data, target.mode, target.evaluatorId, target.projectId, double]);
}
