import type { ScoreSheet, Vote } from "../../domain/scoring-schemas";

/** A stored sheet: the domain's sheet plus its version (for If-Match) and last change. */
export type StoredSheet = ScoreSheet & { version: number; updatedAt: string };

/** The columns every sheet query selects. */
export const sheetColumnList = [
  "event_id",
  "evaluator_id",
  "project_id",
  "scores",
  "vote",
  "comment",
  "version",
  "updated_at",
] as const;

export type SheetRow = {
  event_id: string;
  evaluator_id: string;
  project_id: string;
  scores: string;
  vote: Vote | null;
  comment: string | null;
  version: number;
  updated_at: string;
};

/** What a sheet or a keying holds, from its columns: scores as JSON, no empty comment. */
export function sheetContent<V extends Vote | null>(row: {
  scores: string;
  vote: V;
  comment: string | null;
}): { scores: Record<string, number>; vote: V; comment?: string } {
  return {
    scores: JSON.parse(row.scores) as Record<string, number>,
    vote: row.vote,
    ...(row.comment ? { comment: row.comment } : {}),
  };
}

export function toStoredSheet(row: SheetRow): StoredSheet {
  return {
    eventId: row.event_id,
    evaluatorId: row.evaluator_id,
    projectId: row.project_id,
    ...sheetContent(row),
    version: row.version,
    updatedAt: row.updated_at,
  };
}
