import { LOCALE, localized } from "../../../../domain/i18n";
import { AsyncState } from "../../../components/async-state";
import { DataTable } from "../../../components/data-table";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useAudit } from "../api/desk-api";
import type { DeskData } from "../hooks/use-desk-data";
import { deskMessages } from "../messages";
import { voteLabel } from "../utils/desk-row";

type Snapshot = {
  scores?: Record<string, number>;
  vote?: "satisfied" | "basically_satisfied" | "unsatisfied" | null;
  comment?: string;
  state?: string;
} | null;

/** The append-only change log of the event, newest first (the server's order). */
export function AuditTable({ data, open }: { data: DeskData; open?: boolean }) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const audit = useAudit(data.event.id);
  const evaluator = new Map(data.evaluators.map((e) => [e.id, e.display]));
  const project = new Map(data.projects.map((p) => [p.id, p.label]));
  const subject = (s: string) => {
    const [kind, rest = ""] = s.split(":");
    if (kind === "sheet") {
      const [e = "", p = ""] = rest.split("/");
      return `${evaluator.get(e) ?? e} · ${project.get(p) ?? p}`;
    }
    if (kind === "evaluator") return evaluator.get(rest) ?? rest;
    return "";
  };
  const summarise = (v: unknown): string => {
    const s = v as Snapshot;
    if (!s) return t("none");
    if (s.state) return t(`state_${s.state}` as "state_open");
    const parts = data.event.scheme.criteria.map(
      (c) => `${localized(c, "name", lang)} ${s.scores?.[c.id] ?? "–"}`,
    );
    const total = Object.values(s.scores ?? {}).reduce((a, b) => a + b, 0);
    return [
      `${parts.join("，")} = ${total}`,
      s.vote ? voteLabel(s.vote, lang) : "",
      s.comment ?? "",
    ]
      .filter(Boolean)
      .join("；");
  };
  const actionName = (a: string) => {
    const key = `action_${a.replace(".", "_")}`;
    return key in
      {
        action_sheet_submit: 1,
        action_sheet_correct: 1,
        action_event_state: 1,
        action_link_issue: 1,
        action_link_revoke: 1,
      }
      ? t(key as "action_sheet_submit")
      : a;
  };
  return (
    <details className="card desk-details" open={open}>
      <summary>
        <h2 className="card__title">{t("auditTitle")}</h2>
      </summary>
      <AsyncState query={audit}>
        {() =>
          audit.data?.records.length ? (
            <DataTable
              columns={[
                {
                  id: "time",
                  header: t("auditTime"),
                  cellClassName: "num",
                  cell: (r) => new Date(r.at).toLocaleString(LOCALE[lang]),
                },
                { id: "who", header: t("auditWho"), cell: (r) => r.actor },
                {
                  id: "what",
                  header: t("auditWhat"),
                  cell: (r) => (
                    <>
                      {actionName(r.action)}{" "}
                      <span className="desk-muted">{subject(r.subject)}</span>
                    </>
                  ),
                },
                {
                  id: "change",
                  header: t("auditChange"),
                  cell: (r) => `${summarise(r.before)} → ${summarise(r.after)}`,
                },
                { id: "reason", header: t("auditReason"), cell: (r) => r.reason ?? t("none") },
              ]}
              rows={audit.data.records}
              rowKey={(r) => String(r.id)}
              compact
              className="desk-audit"
              scrollClassName="desk-audit__scroll"
            />
          ) : (
            <p>{t("auditEmpty")}</p>
          )
        }
      </AsyncState>
    </details>
  );
}
