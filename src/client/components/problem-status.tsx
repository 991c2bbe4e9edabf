import type { Lang } from "../../domain/i18n";
import { problemStatusText } from "../../domain/problem-lifecycle";
import type { ProblemStatus } from "../../domain/project";
import { useLang } from "../i18n/lang";
import { defineMessages, useMessages } from "../i18n/messages";
import "./problem-parts.css";

const messages = defineMessages({
  zh: { escalated: "督办", escalatedTitle: "超期 {days} 天，超过 {limit} 天即列入督办" },
  en: {
    escalated: "Escalated",
    escalatedTitle: "{days} days overdue; escalated beyond {limit} days",
  },
});

// A shape with each word, so the status is never told by colour alone.
const glyph: Record<ProblemStatus, string> = { open: "○", awaiting_close: "◐", closed: "●" };

/** 办理中 / 待销号 / 已销号 as a pill. */
export function ProblemStatusBadge({ status, lang }: { status: ProblemStatus; lang?: Lang }) {
  const chosen = useLang();
  return (
    <span className={`problem-status problem-status--${status}`}>
      <span aria-hidden="true">{glyph[status]} </span>
      {problemStatusText(status, lang ?? chosen)}
    </span>
  );
}

/** The 督办 marker on an escalated problem; its tooltip says why. */
export function EscalatedMarker({ days, limit }: { days: number; limit: number }) {
  const t = useMessages(messages);
  return (
    <span className="problem-escalated" title={t("escalatedTitle", { days, limit })}>
      <span aria-hidden="true">⚑ </span>
      {t("escalated")}
    </span>
  );
}
