import { type FormEvent, useId, useState } from "react";
import {
  availableProblemActions,
  type ProblemAction,
  problemActionNeedsNote,
  problemActionText,
} from "../../domain/problem-lifecycle";
import type { ProblemStatus } from "../../domain/project";
import { useProblemAction } from "../api/problems";
import { useSession } from "../api/session";
import { useLang } from "../i18n/lang";
import { defineMessages, useMessages } from "../i18n/messages";
import "./problem-parts.css";

const messages = defineMessages({
  zh: {
    note: "说明",
    noteResolve: "办理情况（必填）",
    noteClose: "销号意见（可不填）",
    noteReason: "理由（必填）",
    send: "确认{action}",
    cancel: "取消",
    noteMissing: "请填写{what}。",
    done: "已{action}。",
  },
  en: {
    note: "Note",
    noteResolve: "What was done (required)",
    noteClose: "Remark (optional)",
    noteReason: "Reason (required)",
    send: "Confirm: {action}",
    cancel: "Cancel",
    noteMissing: "Please fill in: {what}.",
    done: "Done: {action}.",
  },
});

const noteLabel: Record<ProblemAction, "noteResolve" | "noteClose" | "noteReason"> = {
  resolve: "noteResolve",
  close: "noteClose",
  return: "noteReason",
  reopen: "noteReason",
};

/** The signed-in account as the problem rules see it (a unit account names its unit). */
export function useProblemActor() {
  const session = useSession().data;
  const user = session && "user" in session ? session.user : null;
  if (!user) return null;
  const unit = (user as { unit?: unknown }).unit;
  return { role: user.role as string, unit: typeof unit === "string" ? unit : null };
}

/**
 * Whether the signed-in account has a step to take on any of these problems: a list shows its
 * actions column only then, so readers see no empty column.
 */
export function useCanActOnAny(
  problems: readonly { status: ProblemStatus }[],
  projectUnit: (i: number) => string,
) {
  const actor = useProblemActor();
  return (
    !!actor && problems.some((p, i) => availableProblemActions(p, actor, projectUnit(i)).length > 0)
  );
}

type Props = {
  problem: { id: string; status: ProblemStatus; description: string };
  /** The project's responsible unit: a unit account may apply to close its own. */
  projectUnit: string;
};

/**
 * The steps the signed-in account may take on a problem now (申请销号 / 销号 / 退回 / 重新打开),
 * each asking for its note before it is sent; a refusal shows the server's reason.
 */
export function ProblemActions({ problem, projectUnit }: Props) {
  const t = useMessages(messages);
  const lang = useLang();
  const actor = useProblemActor();
  const act = useProblemAction();
  const [chosen, setChosen] = useState<ProblemAction | null>(null);
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const noteId = useId();
  if (!actor) return null;
  const actions = availableProblemActions(problem, actor, projectUnit);
  if (!actions.length && !act.isSuccess) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!chosen) return;
    if (problemActionNeedsNote(chosen) && !note.trim()) {
      setMissing(true);
      return;
    }
    act.mutate(
      { id: problem.id, action: chosen, ...(note.trim() ? { note: note.trim() } : {}) },
      {
        onSuccess: () => {
          setChosen(null);
          setNote("");
        },
      },
    );
  };

  if (!chosen)
    return (
      <div className="problem-actions">
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`button button--small${action === "close" ? "" : " button--ghost"}`}
            aria-label={`${problemActionText(action, lang)}：${problem.description}`}
            onClick={() => {
              setChosen(action);
              setMissing(false);
              act.reset();
            }}
          >
            {problemActionText(action, lang)}
          </button>
        ))}
        {act.isSuccess && (
          <span className="problem-actions__done" role="status">
            {t("done", { action: problemActionText(act.variables.action, lang) })}
          </span>
        )}
      </div>
    );

  const label = t(noteLabel[chosen]);
  return (
    <form className="problem-actions problem-actions--form" onSubmit={submit}>
      <label className="field" htmlFor={noteId}>
        {label}
        <textarea
          id={noteId}
          className="input problem-actions__note"
          rows={2}
          maxLength={1000}
          value={note}
          aria-invalid={missing || undefined}
          onChange={(e) => {
            setNote(e.target.value);
            setMissing(false);
          }}
        />
      </label>
      {missing && (
        <p className="problem-actions__error" role="alert">
          {t("noteMissing", { what: label })}
        </p>
      )}
      {act.isError && (
        <p className="problem-actions__error" role="alert">
          {act.error.message}
        </p>
      )}
      <div className="problem-actions__buttons">
        <button type="submit" className="button button--small" disabled={act.isPending}>
          {t("send", { action: problemActionText(chosen, lang) })}
        </button>
        <button
          type="button"
          className="button button--small button--ghost"
          onClick={() => setChosen(null)}
        >
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
