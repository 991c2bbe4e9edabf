import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { LOCALE } from "../../../../domain/i18n";
import { queryKeys } from "../../../api/query-keys";
import { Card } from "../../../components/card";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { type MismatchView, resolveMismatch, useDoubleEntry } from "../api/double-entry-api";
import type { DeskData } from "../hooks/use-desk-data";
import { deskMessages } from "../messages";
import { MismatchForm } from "./mismatch-form";

/**
 * 待复核: sheets whose two blind passes differ. A reviewer who keyed neither pass sees both side by
 * side and stores the values read from the paper; the keyers see only that a review is pending.
 */
export function MismatchReview({ data }: { data: DeskData }) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const client = useQueryClient();
  const list = useDoubleEntry(data.event.id);
  const [message, setMessage] = useState("");
  const mismatches = list.data?.mismatches ?? [];
  const evaluator = new Map(data.evaluators.map((e) => [e.id, e.display]));
  const project = new Map(data.projects.map((p) => [p.id, p.label]));
  const sheetName = (m: MismatchView) =>
    `${evaluator.get(m.evaluatorId) ?? m.evaluatorId} · ${project.get(m.projectId) ?? m.projectId}`;
  const who = (label: string) => label.replace(/^user:/, "");
  const when = (iso: string) =>
    new Date(iso).toLocaleString(LOCALE[lang], {
      dateStyle: "short",
      timeStyle: "short",
    });

  if (mismatches.length === 0)
    return message ? (
      <p className="notice" role="status">
        {message}
      </p>
    ) : null;
  return (
    <Card
      title={t("reviewTitle", { n: mismatches.length })}
      className="desk-review"
      titleId="review-title"
    >
      <p className="desk-grid__help">{t("reviewHelp")}</p>
      <p className="desk-save__message" role="status">
        {message}
      </p>
      {mismatches.map((m) => {
        const name = sheetName(m);
        const [first = "", second = ""] = m.keyers.map(who);
        const { keyedAt } = m;
        return (
          <article key={m.id} className="desk-review__item" aria-labelledby={`review-${m.id}`}>
            <h3 id={`review-${m.id}`}>
              <span aria-hidden="true">≠ </span>
              {name}
            </h3>
            <p className="desk-review__keyers">
              {t("reviewKeyers", {
                first,
                second,
                firstAt: when(keyedAt[0] ?? ""),
                secondAt: when(keyedAt[1] ?? ""),
              })}
            </p>
            {m.blind ? (
              <p className="notice notice--warning">{t("reviewBlind")}</p>
            ) : (
              <MismatchForm
                data={data}
                mismatch={m}
                sheetName={name}
                keyers={[first, second]}
                onSubmit={async (body) => {
                  await resolveMismatch(data.event.id, m.id, body);
                  setMessage(t("reviewDone", { sheet: name }));
                  const id = data.event.id;
                  await Promise.all([
                    client.invalidateQueries({ queryKey: queryKeys.eventSheets(id) }),
                    client.invalidateQueries({ queryKey: queryKeys.eventResults(id) }),
                    client.invalidateQueries({ queryKey: queryKeys.eventAudit(id) }),
                  ]);
                }}
              />
            )}
          </article>
        );
      })}
    </Card>
  );
}
