import { useMessages } from "../../../i18n/messages";
import { entryMessages } from "../messages";
import type { SheetState } from "../utils/sheet-state";

// A shape and a word for each state: colour is never the only signal.
const shapes: Record<SheetState["kind"], string> = {
  empty: "○",
  draft: "◐",
  queued: "◷",
  sending: "↻",
  submitted: "✓",
  failed: "✕",
  recused: "–",
};

export function SheetStateBadge({ state }: { state: SheetState }) {
  const t = useMessages(entryMessages);
  const label = {
    empty: () => t("stateEmpty"),
    draft: () => t("stateDraft"),
    queued: () => t("stateQueued"),
    sending: () => t("stateSending"),
    submitted: () =>
      t("stateSubmitted", { version: state.kind === "submitted" ? state.version : 0 }),
    failed: () => t("stateFailed"),
    recused: () => t("stateRecused"),
  }[state.kind]();
  return (
    <span className={`sheet-state sheet-state--${state.kind}`}>
      <span aria-hidden="true">{shapes[state.kind]}</span> {label}
    </span>
  );
}
