import { type FormEvent, useId, useState } from "react";
import { useReplanMilestone } from "../../../api/problems";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

/**
 * 调整计划: staff move an unreached milestone's planned date, giving a reason; the server keeps the
 * first plan and audits the change. A refusal (no reason, the same date) shows the server's words.
 */
export function ReplanMilestone({
  projectId,
  milestone,
}: {
  projectId: string;
  milestone: { id: string; plannedDate: string; name: string };
}) {
  const t = useMessages(detailMessages);
  const replan = useReplanMilestone(projectId);
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState(milestone.plannedDate);
  const [reason, setReason] = useState("");
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    replan.mutate(
      { milestoneId: milestone.id, plannedDate: date, reason: reason.trim() || undefined },
      { onSuccess: () => setOpen(false) },
    );
  };

  if (!open)
    return (
      <button
        type="button"
        className="button button--small button--ghost"
        aria-label={`${t("replan")}：${milestone.name}`}
        onClick={() => {
          setOpen(true);
          replan.reset();
        }}
      >
        {t("replan")}
      </button>
    );
  return (
    <form className="problem-actions problem-actions--form" onSubmit={submit}>
      <label className="field" htmlFor={`${id}-date`}>
        {t("replanDate")}
        <input
          id={`${id}-date`}
          className="input"
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <label className="field" htmlFor={`${id}-reason`}>
        {t("replanReason")}
        <textarea
          id={`${id}-reason`}
          className="input"
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {replan.isError && (
        <p className="problem-actions__error" role="alert">
          {replan.error.message}
        </p>
      )}
      <div className="problem-actions__buttons">
        <button type="submit" className="button button--small" disabled={replan.isPending}>
          {t("replanSubmit")}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setOpen(false)}
        >
          {t("raiseCancel")}
        </button>
      </div>
    </form>
  );
}
