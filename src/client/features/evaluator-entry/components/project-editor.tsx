import type { Lang } from "../../../../domain/i18n";
import type { InspectionEvent } from "../../../../domain/scoring-schemas";
import type { SheetInput } from "../../../../domain/sheet-input";
import { useMessages } from "../../../i18n/messages";
import { entryMessages } from "../messages";
import { type Draft, useEntryStore } from "../stores/entry-store";
import { draftFromSheet } from "../utils/sheet-draft";
import type { SheetState } from "../utils/sheet-state";
import { SheetForm } from "./sheet-form";
import { SheetStateBadge } from "./state-badge";

type Props = {
  lang: Lang;
  link: string;
  event: InspectionEvent;
  project: {
    id: string;
    name: string;
    recused: boolean;
    state: SheetState;
    sheet?: {
      scores: Record<string, number>;
      vote: NonNullable<Draft["vote"]> | null;
      comment?: string;
    };
  };
  position: { n: number; total: number };
  draft: Draft | undefined;
  /** Said on arrival after the previous sheet was submitted and the phone moved on. */
  arrivedFrom?: string;
  onSubmit: (body: SheetInput) => void;
  onPrevious?: () => void;
  onNext?: () => void;
  onClose: () => void;
};

/** One project: its state in words, its sheet (kept on the phone as typed), and the way on. */
export function ProjectEditor({
  lang,
  link,
  event,
  project,
  position,
  draft,
  arrivedFrom,
  ...on
}: Props) {
  const t = useMessages(entryMessages);
  const saveDraft = useEntryStore((s) => s.saveDraft);
  const { state } = project;
  // Until something is typed, the form shows what the server holds; typing makes it a draft.
  const value = draft ?? draftFromSheet(project.sheet ?? undefined);
  const status =
    state.kind === "queued"
      ? t("savedOnPhone")
      : state.kind === "failed"
        ? t("failedHint", { message: state.failure.message })
        : state.kind === "submitted"
          ? t("sentOk", { version: state.version })
          : state.kind === "sending"
            ? t("stateSending")
            : "";

  return (
    <section className="entry-editor card" aria-labelledby="entry-editor-title">
      <button
        type="button"
        className="button button--ghost entry-editor__back"
        onClick={on.onClose}
      >
        ← {t("backToList")}
      </button>
      {arrivedFrom && (
        <p className="entry-notice entry-notice--ok" role="status">
          {t("movedOn", { name: arrivedFrom })}
        </p>
      )}
      <p className="entry-editor__position">
        {t("projectPosition", { n: position.n, total: position.total })}
      </p>
      <h2 id="entry-editor-title" className="entry-editor__title">
        {project.name}
      </h2>
      <SheetStateBadge state={state} />
      <p
        className={`entry-editor__status${state.kind === "failed" ? " is-error" : ""}`}
        role="status"
      >
        {status}
      </p>
      {project.recused ? (
        <p className="entry-notice">{t("recusedHint")}</p>
      ) : (
        <SheetForm
          lang={lang}
          criteria={event.scheme.criteria}
          voteOptions={event.voteOptions}
          draft={value}
          submitted={Boolean(project.sheet)}
          onChange={(next) => saveDraft(link, project.id, next)}
          onSubmit={on.onSubmit}
        />
      )}
      <div className="entry-editor__nav">
        <button
          type="button"
          className="button button--ghost"
          disabled={!on.onPrevious}
          onClick={on.onPrevious}
        >
          ← {t("previous")}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={!on.onNext}
          onClick={on.onNext}
        >
          {t("next")} →
        </button>
      </div>
    </section>
  );
}
