import { useEffect, useRef } from "react";
import type { ProjectResult } from "../../../../domain/outcome-schemas";
import type { Evaluator, InspectionEvent } from "../../../../domain/scoring-schemas";
import { useMessages } from "../../../i18n/messages";
import { resultsMessages } from "../messages";
import { ExplanationSteps } from "./explanation-steps";

type Props = {
  result: ProjectResult;
  names: Map<string, string>;
  event: InspectionEvent;
  evaluators: Evaluator[];
  onClose: () => void;
};

/**
 * "得分如何计算" in a native modal <dialog>: the browser keeps focus inside, Escape closes it, and
 * focus goes back to the score button that opened it.
 */
export function ScoreExplanationDialog({ result, names, event, evaluators, onClose }: Props) {
  const t = useMessages(resultsMessages);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus();
  }, []);

  const name = names.get(result.projectId) ?? result.projectId;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop is a mouse shortcut; Escape and the close button serve the keyboard
    <dialog
      ref={ref}
      className="results-dialog"
      aria-labelledby="results-dialog-title"
      onClose={onClose}
      onClick={(e) => {
        // The dialog element itself is only hit on its backdrop: its content fills the box.
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      <div className="results-dialog__box">
        <header className="results-dialog__header">
          <h2 id="results-dialog-title">
            {t("dialogTitle")}
            <span className="results-dialog__project">{name}</span>
          </h2>
          <button
            type="button"
            className="button button--small button--ghost"
            onClick={() => ref.current?.close()}
          >
            {t("close")}
          </button>
        </header>
        <ExplanationSteps result={result} names={names} event={event} evaluators={evaluators} />
      </div>
    </dialog>
  );
}
