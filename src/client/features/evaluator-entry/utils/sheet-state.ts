import type { Draft, Failure, Pending } from "../stores/entry-store";

export type SheetState =
  | { kind: "recused" }
  | { kind: "sending" }
  | { kind: "queued" }
  | { kind: "failed"; failure: Failure }
  | { kind: "draft"; version?: number }
  | { kind: "submitted"; version: number }
  | { kind: "empty" };

/**
 * One project's state on this phone, most urgent first: what is on its way to the server outranks
 * a refusal, which outranks an unsent draft, which outranks what the server already holds.
 */
export function sheetState(parts: {
  recused: boolean;
  sending: boolean;
  pending?: Pending;
  failure?: Failure;
  draft?: Draft;
  serverVersion?: number;
}): SheetState {
  if (parts.recused) return { kind: "recused" };
  if (parts.sending) return { kind: "sending" };
  if (parts.pending) return { kind: "queued" };
  if (parts.failure) return { kind: "failed", failure: parts.failure };
  if (parts.draft) return { kind: "draft", version: parts.serverVersion };
  if (parts.serverVersion !== undefined) return { kind: "submitted", version: parts.serverVersion };
  return { kind: "empty" };
}
