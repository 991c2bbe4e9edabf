import { useState } from "react";
import { formatScore } from "../../../../domain/formats";
import { localized } from "../../../../domain/i18n";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import type { DeskData } from "../hooks/use-desk-data";
import type { SaveItem, useGridSave } from "../hooks/use-grid-save";
import { deskMessages } from "../messages";
import { PAPER_TOTAL, type RowCheck, VOTE } from "../utils/desk-row";

type Props = {
  data: DeskData;
  checks: Map<string, RowCheck>;
  confirmed: ReadonlySet<string>;
  nameOf: (key: string) => string;
  /** Rows that would replace an already submitted sheet, in the grid's order. */
  overwrites: string[];
  /** Each overwrite's own reason, by row key. */
  reasons: Record<string, string>;
  onReason: (key: string, reason: string) => void;
  saver: ReturnType<typeof useGridSave>;
  onDiscard: () => void;
  onFocusCell: (key: string, col: string) => void;
  /** Blind double entry: rows are posted as keyings (never corrections, so no reason). */
  double?: boolean;
};

/** What is wrong, what will be saved, the batch's reason, and the save button. */
export function GridSavePanel({
  data,
  checks,
  confirmed,
  nameOf,
  overwrites,
  reasons,
  onReason,
  saver,
  onDiscard,
  onFocusCell,
  double = false,
}: Props) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const [message, setMessage] = useState("");
  const changed = [...checks].filter(([, c]) => c.changed);
  const colName = (col: string) => {
    const c = data.event.scheme.criteria.find((x) => x.id === col);
    if (c) return localized(c, "name", lang);
    return t(col === PAPER_TOTAL ? "paperTotal" : col === VOTE ? "vote" : "comment");
  };
  const errors = changed.flatMap(([key, c]) =>
    Object.entries(c.errors).map(([col, text]) => ({ key, col, text })),
  );
  const reasonOf = (key: string) => reasons[key]?.trim() ?? "";
  const storedTotal = (key: string) =>
    Object.values(data.sheets.get(key)?.scores ?? {}).reduce((a, b) => a + b, 0);

  const onSave = async () => {
    if (changed.length === 0) return setMessage(t("nothingToSave"));
    const missing = overwrites.filter((key) => !reasonOf(key));
    if (missing.length > 0)
      return setMessage(
        t("reasonNeeded", { n: missing.length, names: missing.map(nameOf).join("；") }),
      );
    const items: SaveItem[] = [];
    let blocked = 0;
    for (const [key, c] of changed) {
      if (!c.input || (c.totalMismatch && !confirmed.has(key))) {
        blocked++;
        continue;
      }
      const [evaluatorId = "", projectId = ""] = key.split("/");
      const stored = data.sheets.get(key);
      items.push({
        key,
        evaluatorId,
        projectId,
        input: c.input,
        version: stored?.version ?? 0,
        ...(stored && !double ? { reason: reasonOf(key) } : {}),
      });
    }
    setMessage(t("saving"));
    const result = items.length
      ? await saver.save(items)
      : { ok: 0, failed: 0, first: 0, matched: 0, mismatch: 0 };
    setMessage(
      [
        t(double ? "doubleSummary" : "savedSummary", result),
        blocked ? t("blocked", { n: blocked }) : "",
      ]
        .filter(Boolean)
        .join(" "),
    );
  };

  return (
    <div className="desk-save">
      {errors.length > 0 && (
        <section className="desk-errors" aria-label={t("errorsTitle", { n: errors.length })}>
          <h3>{t("errorsTitle", { n: errors.length })}</h3>
          <ul>
            {errors.map((e) => (
              <li key={`${e.key}:${e.col}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onFocusCell(e.key, e.col)}
                >
                  {nameOf(e.key)} · {colName(e.col)}
                </button>
                ：{e.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {overwrites.length > 0 && (
        <section
          className="desk-overwrites"
          aria-label={t("overwritesTitle", { n: overwrites.length })}
        >
          <h3>⚠ {t("overwritesTitle", { n: overwrites.length })}</h3>
          <ul>
            {overwrites.map((key) => {
              const now = checks.get(key)?.total;
              return (
                <li key={key}>
                  <label className="field desk-save__reason">
                    <span>{t("overwriteReason", { name: nameOf(key) })}</span>
                    <input
                      className="input"
                      value={reasons[key] ?? ""}
                      aria-invalid={message !== "" && !reasonOf(key) ? true : undefined}
                      onChange={(e) => onReason(key, e.target.value)}
                    />
                  </label>
                  <span className="desk-muted">
                    {t("overwriteTotals", {
                      was: formatScore(storedTotal(key)),
                      now: now == null ? "—" : formatScore(now),
                    })}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <div className="desk-save__bar">
        <span>{t("changedRows", { n: changed.length })}</span>
        <button type="button" className="button" disabled={saver.busy} onClick={onSave}>
          {saver.busy ? t("saving") : t(double ? "doubleSave" : "save")}
        </button>
        <button
          type="button"
          className="button button--ghost"
          disabled={saver.busy || checks.size === 0}
          onClick={onDiscard}
        >
          {t("discard")}
        </button>
      </div>
      <p className="desk-save__message" role="status">
        {message}
      </p>
    </div>
  );
}
