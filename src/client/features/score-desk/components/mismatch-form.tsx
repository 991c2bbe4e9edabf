import { useState } from "react";
import { localized } from "../../../../domain/i18n";
import type { Vote } from "../../../../domain/scoring-schemas";
import { withMax } from "../../../../domain/shared-messages";
import { describeSheetIssues, readSheetCells } from "../../../../domain/sheet-input";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import type { SheetBody } from "../api/desk-api";
import type { MismatchView } from "../api/double-entry-api";
import type { DeskData } from "../hooks/use-desk-data";
import { deskMessages } from "../messages";
import { COMMENT, VOTE, voteLabel } from "../utils/desk-row";

type Reviewable = Extract<MismatchView, { blind: false }>;
const votes: Vote[] = ["satisfied", "basically_satisfied", "unsatisfied"];

/** Both passes side by side; per item take one or type the value; a reason; confirm. */
export function MismatchForm(props: {
  data: DeskData;
  mismatch: Reviewable;
  sheetName: string;
  keyers: [string, string];
  onSubmit: (body: SheetBody) => Promise<void>;
}) {
  const { data, mismatch: m } = props;
  const t = useMessages(deskMessages);
  const lang = useLang();
  const { criteria } = data.event.scheme;
  const differs = new Set<string>(m.differing.criteria);
  if (m.differing.vote) differs.add(VOTE);
  if (m.differing.comment) differs.add(COMMENT);
  const passValue = (pass: Reviewable["first"], key: string) =>
    key === VOTE ? pass.vote : key === COMMENT ? pass.comment : String(pass.scores[key] ?? "");
  // Agreed items start with the agreed value; differing ones start empty so none is taken unseen.
  const [chosen, setChosen] = useState<Record<string, string>>(() => {
    const start: Record<string, string> = {};
    for (const key of [...criteria.map((c) => c.id), VOTE])
      start[key] = differs.has(key) ? "" : passValue(m.first, key);
    start[COMMENT] = m.first.comment || m.second.comment;
    return start;
  });
  const [reason, setReason] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);
  const pick = (key: string, value: string) => setChosen((c) => ({ ...c, [key]: value }));
  const show = (key: string, value: string) =>
    key === VOTE ? (value ? voteLabel(value as Vote, lang) : "—") : value || "—";
  const fields = [
    ...criteria.map((c) => ({
      key: c.id,
      name: withMax(localized(c, "name", lang), c.max, lang),
    })),
    { key: VOTE, name: t("vote") },
    { key: COMMENT, name: t("comment") },
  ];

  const submit = async () => {
    const read = readSheetCells(
      { scores: chosen, vote: chosen[VOTE], comment: chosen[COMMENT] },
      data.event.scheme,
    );
    const scoreIssues = read.issues.filter((i) => "criterionId" in i);
    if (scoreIssues.length)
      return setError(
        t("reviewInvalid", { detail: describeSheetIssues(scoreIssues, data.event.scheme, lang) }),
      );
    const { scores, vote } = read;
    if (!vote) return setError(t("reviewInvalid", { detail: t("vote") }));
    if (!reason.trim()) return setError(t("reviewReasonMissing"));
    setError("");
    setBusy(true);
    try {
      const comment = (chosen[COMMENT] ?? "").trim();
      await props.onSubmit({
        scores,
        vote,
        ...(comment ? { comment } : {}),
        reason: reason.trim(),
      });
    } catch (e) {
      setError(t("reviewFailed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const label = (name: string) => t("chosenLabel", { sheet: props.sheetName, field: name });
  return (
    <div className="desk-review__form">
      <div className="table-scroll">
        <table className="data-table desk-review__table">
          <thead>
            <tr>
              <th scope="col">{t("reviewField")}</th>
              <th scope="col">{t("reviewFirst", { by: props.keyers[0] })}</th>
              <th scope="col">{t("reviewSecond", { by: props.keyers[1] })}</th>
              <th scope="col">{t("reviewChosen")}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map(({ key, name }) => {
              const diff = differs.has(key);
              const a = passValue(m.first, key);
              const b = passValue(m.second, key);
              return (
                <tr key={key} className={diff ? "desk-review__differs" : undefined}>
                  <th scope="row">
                    {name}{" "}
                    <span className={diff ? "desk-review__flag" : "desk-review__same"}>
                      {diff ? t("reviewDiffers") : t("reviewSame")}
                    </span>
                  </th>
                  <td
                    className={key === COMMENT ? undefined : "num"}
                    data-label={t("reviewFirst", { by: props.keyers[0] })}
                  >
                    {show(key, a)}
                  </td>
                  <td
                    className={key === COMMENT ? undefined : "num"}
                    data-label={t("reviewSecond", { by: props.keyers[1] })}
                  >
                    {show(key, b)}
                  </td>
                  <td>
                    <div className="desk-review__choice">
                      {key === VOTE ? (
                        <select
                          className="select"
                          aria-label={label(name)}
                          value={chosen[key]}
                          onChange={(e) => pick(key, e.target.value)}
                        >
                          <option value="">—</option>
                          {votes.map((v) => (
                            <option key={v} value={v}>
                              {voteLabel(v, lang)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          className={`input${key === COMMENT ? "" : " desk-review__num"}`}
                          inputMode={key === COMMENT ? "text" : "decimal"}
                          aria-label={label(name)}
                          value={chosen[key] ?? ""}
                          onChange={(e) => pick(key, e.target.value)}
                        />
                      )}
                      {diff && (
                        <>
                          <button
                            type="button"
                            className="button button--small button--ghost"
                            aria-label={`${name}：${t("useFirst")} ${show(key, a)}`}
                            onClick={() => pick(key, a)}
                          >
                            {t("useFirst")}
                            {key === COMMENT ? "" : `（${show(key, a)}）`}
                          </button>
                          <button
                            type="button"
                            className="button button--small button--ghost"
                            aria-label={`${name}：${t("useSecond")} ${show(key, b)}`}
                            onClick={() => pick(key, b)}
                          >
                            {t("useSecond")}
                            {key === COMMENT ? "" : `（${show(key, b)}）`}
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label className="field desk-save__reason">
        <span>{t("reviewReason")}</span>
        <input className="input" value={reason} onChange={(e) => setReason(e.target.value)} />
      </label>
      <div className="desk-save__bar">
        <button type="button" className="button" disabled={busy} onClick={submit}>
          {busy ? t("saving") : t("reviewConfirm")}
        </button>
      </div>
      {error && (
        <p className="notice notice--warning" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
