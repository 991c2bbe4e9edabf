import { useRef, useState } from "react";
import { nextStates } from "../../../../domain/event-states";
import type { EventState } from "../../../../domain/scoring-schemas";
import { useResults } from "../../../api/events";
import type { Role } from "../../../api/session";
import { useMessages } from "../../../i18n/messages";
import { useSetEventState } from "../api/desk-api";
import type { DeskData } from "../hooks/use-desk-data";
import { deskMessages } from "../messages";

const stateShape: Record<EventState, string> = {
  draft: "✎",
  open: "●",
  closed: "■",
  published: "✔",
};

/**
 * The event's state with the moves this role may make, and how many sheets are in. Leaders read
 * it only: they have no moves.
 */
export function EventStateBar({ data, role }: { data: DeskData; role: Role }) {
  const t = useMessages(deskMessages);
  const results = useResults(data.event.id);
  const setState = useSetEventState(data.event.id);
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, setPending] = useState<EventState | null>(null);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState(false);
  const [status, setStatus] = useState("");
  const state = data.event.state;
  const label = (s: EventState) => t(`state_${s}`);

  const apply = (to: EventState, why?: string) =>
    setState.mutate(
      { state: to, ...(why ? { reason: why } : {}) },
      {
        onSuccess: () => setStatus(t("stateChanged", { state: label(to) })),
        onError: (e) => setStatus(t("stateFailed", { message: e.message })),
      },
    );
  const start = (to: EventState, needsReason: boolean) => {
    if (!needsReason) return apply(to);
    setPending(to);
    setReason("");
    setReasonError(false);
    dialog.current?.showModal();
  };
  const confirm = () => {
    if (!pending) return;
    if (!reason.trim()) return setReasonError(true);
    dialog.current?.close();
    apply(pending, reason.trim());
  };

  const summary = results.data;
  return (
    <div className="card desk-state">
      <p className="desk-state__badge">
        <span className="visually-hidden">{t("stateLabel")}：</span>
        <span className={`event-state event-state--${state}`}>
          <span aria-hidden="true">{stateShape[state]}</span> {label(state)}
        </span>
      </p>
      {summary && (
        <p className="desk-state__count" aria-live="polite">
          <strong>
            {t("submitted", { n: summary.sheetCount, m: summary.expectedSheetCount })}
          </strong>
          {summary.recusedCount > 0 && ` ${t("recusedNote", { r: summary.recusedCount })}`}
        </p>
      )}
      <div className="desk-state__actions">
        {(role === "leader" ? [] : nextStates(state, role)).map(({ to, needsReason }) => (
          <button
            key={to}
            type="button"
            className="button button--small"
            disabled={setState.isPending}
            onClick={() => start(to, needsReason)}
          >
            {t("moveTo", { state: label(to) })}
          </button>
        ))}
      </div>
      {state === "published" && <p className="desk-state__note">{t("frozen")}</p>}
      <p className="desk-state__status" role="status">
        {status}
      </p>
      <dialog ref={dialog} className="desk-dialog" aria-labelledby="desk-reason-title">
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            confirm();
          }}
        >
          <h2 id="desk-reason-title">{pending && t("reasonTitle", { state: label(pending) })}</h2>
          <label className="field">
            <span>{t("reasonLabel")}</span>
            <textarea
              className="input"
              rows={3}
              value={reason}
              aria-invalid={reasonError}
              aria-describedby={reasonError ? "desk-reason-error" : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {reasonError && (
            <p id="desk-reason-error" className="desk-error" role="alert">
              {t("reasonMissing")}
            </p>
          )}
          <div className="desk-dialog__actions">
            <button
              type="button"
              className="button button--ghost"
              onClick={() => dialog.current?.close()}
            >
              {t("cancel")}
            </button>
            <button type="submit" className="button">
              {t("confirm")}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
