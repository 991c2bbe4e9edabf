import type { Cells } from "./desk-row";

export type Drafts = Record<string, Cells>;
export type CellWrite = { key: string; col: string; value: string };

/** What a paste changed, cell by cell, so that undoing it touches only those cells. */
export type PasteRecord = {
  before: { key: string; col: string; value: string | undefined }[];
  /** The rows the paste wrote to, in the grid's order. */
  keys: string[];
};

/** The drafts after writing a pasted block, and the record that undoes it. */
export function applyPaste(
  drafts: Drafts,
  writes: CellWrite[],
): { drafts: Drafts; record: PasteRecord } {
  const next: Drafts = { ...drafts };
  const before: PasteRecord["before"] = [];
  const keys: string[] = [];
  for (const w of writes) {
    const row = next[w.key];
    // The first value wins: a cell written twice by one paste goes back to what it was before it.
    if (!before.some((b) => b.key === w.key && b.col === w.col))
      before.push({ key: w.key, col: w.col, value: row?.[w.col] });
    if (!keys.includes(w.key)) keys.push(w.key);
    next[w.key] = { ...row, [w.col]: w.value };
  }
  return { drafts: next, record: { before, keys } };
}

/**
 * The drafts with a paste's cells put back as they were; edits made since in other cells stay.
 * A row left with no draft at all shows the stored sheet again.
 */
export function undoPaste(drafts: Drafts, record: PasteRecord): Drafts {
  const next: Drafts = { ...drafts };
  for (const b of record.before) {
    const row = { ...next[b.key] };
    if (b.value === undefined) delete row[b.col];
    else row[b.col] = b.value;
    if (Object.keys(row).length) next[b.key] = row;
    else delete next[b.key];
  }
  return next;
}
