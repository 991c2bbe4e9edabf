import { type FormEvent, useRef, useState } from "react";
import type { Lang } from "../../../../domain/i18n";
import type { Criterion, VoteOption } from "../../../../domain/scoring-schemas";
import { joinClauses } from "../../../../domain/shared-messages";
import { describeSheetIssues, type SheetInput } from "../../../../domain/sheet-input";
import { localized } from "../../../i18n/localized";
import { useMessages } from "../../../i18n/messages";
import { entryMessages } from "../messages";
import type { Draft } from "../stores/entry-store";
import { checkDraft } from "../utils/sheet-draft";

type Props = {
  lang: Lang;
  criteria: Criterion[];
  voteOptions: VoteOption[];
  draft: Draft;
  /** The server already holds a sheet: a change needs a reason. */
  submitted: boolean;
  onChange: (draft: Draft) => void;
  onSubmit: (input: SheetInput) => void;
};

/** One project's sheet: scores with their maxima, the live total, the vote, comment and reason. */
export function SheetForm({ lang, criteria, voteOptions, draft, submitted, ...on }: Props) {
  const t = useMessages(entryMessages);
  const [tried, setTried] = useState(false);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const check = checkDraft(draft, criteria, { needsReason: submitted });
  const max = criteria.reduce((sum, c) => sum + c.max, 0);

  const issueText = (id: string) => {
    const issue = check.fieldIssues[id];
    if (!issue || (issue.code === "missing" && !tried)) return null;
    return describeSheetIssues([issue], { criteria }, lang);
  };
  const set = (patch: Partial<Draft>) => on.onChange({ ...draft, ...patch });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (check.input) {
      on.onSubmit(check.input);
      setTried(false);
      setTouched({});
      return;
    }
    // Put the cursor on the first thing to fix.
    formRef.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  };

  const problems = [
    ...criteria.map((c) => (check.fieldIssues[c.id] ? issueText(c.id) : null)),
    check.voteMissing ? t("voteMissing") : null,
    check.reasonMissing ? t("reasonMissing") : null,
  ].filter((x): x is string => Boolean(x));

  return (
    <form ref={formRef} className="sheet-form" onSubmit={submit} noValidate>
      {criteria.map((c) => {
        const error = touched[c.id] || tried ? issueText(c.id) : null;
        return (
          <div key={c.id} className="sheet-form__row">
            <label htmlFor={`score-${c.id}`} className="sheet-form__label">
              {localized(c, "name", lang)}
              <span className="sheet-form__max">{t("maxPoints", { max: c.max })}</span>
            </label>
            <input
              id={`score-${c.id}`}
              className="input sheet-form__score"
              inputMode="decimal"
              enterKeyHint="next"
              autoComplete="off"
              value={draft.scores[c.id] ?? ""}
              placeholder={`0–${c.max}`}
              aria-invalid={Boolean(error) || undefined}
              aria-describedby={`score-${c.id}-hint${error ? ` score-${c.id}-error` : ""}`}
              onChange={(e) => set({ scores: { ...draft.scores, [c.id]: e.target.value } })}
              onBlur={() => setTouched((x) => ({ ...x, [c.id]: true }))}
            />
            <span id={`score-${c.id}-hint`} className="sheet-form__hint">
              {t("scoreHint", { max: c.max })}
            </span>
            {error && (
              <span id={`score-${c.id}-error`} className="sheet-form__error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <p className="sheet-form__total" aria-live="polite">
        {t("total")} <strong className="num">{t("totalOf", { total: check.total, max })}</strong>
      </p>
      <fieldset
        className="sheet-form__vote"
        aria-invalid={(tried && check.voteMissing) || undefined}
        tabIndex={-1}
      >
        <legend>{t("vote")}</legend>
        {voteOptions.map((o) => (
          <label key={o.id} className={`vote-option${draft.vote === o.id ? " is-checked" : ""}`}>
            <input
              type="radio"
              name="vote"
              value={o.id}
              checked={draft.vote === o.id}
              onChange={() => set({ vote: o.id })}
            />
            {localized(o, "name", lang)}
          </label>
        ))}
      </fieldset>
      <label className="field sheet-form__text">
        <span>{t("comment")}</span>
        <textarea
          className="input"
          rows={2}
          maxLength={500}
          value={draft.comment}
          onChange={(e) => set({ comment: e.target.value })}
        />
      </label>
      {submitted && (
        <label className="field sheet-form__text">
          <span>{t("reason")}</span>
          <span className="sheet-form__hint">{t("reasonHint")}</span>
          <input
            className="input"
            maxLength={500}
            value={draft.reason}
            aria-invalid={(tried && check.reasonMissing) || undefined}
            onChange={(e) => set({ reason: e.target.value })}
          />
        </label>
      )}
      {tried && problems.length > 0 && (
        <p className="sheet-form__problems" role="alert">
          {t("fixBeforeSubmit", { issues: joinClauses(problems, lang) })}
        </p>
      )}
      <button type="submit" className="button sheet-form__submit">
        {submitted ? t("resubmit") : t("submit")}
      </button>
    </form>
  );
}
