import { LOCALE } from "../../domain/i18n";
import { problemActionText } from "../../domain/problem-lifecycle";
import type { ProblemHistoryEntry } from "../../domain/project";
import { useLang } from "../i18n/lang";
import { defineMessages, useMessages } from "../i18n/messages";
import "./problem-parts.css";

const messages = defineMessages({
  zh: { history: "办理记录（{n}）" },
  en: { history: "History ({n})" },
});

/** "user:staff" → "staff": the account, without the kind of credential. */
const who = (actor: string) => actor.replace(/^user:/, "");

/** A problem's steps, oldest first, folded away until asked for. */
export function ProblemHistory({
  history,
}: {
  history: readonly ProblemHistoryEntry[] | undefined;
}) {
  const t = useMessages(messages);
  const lang = useLang();
  if (!history?.length) return null;
  const when = new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: "short", timeStyle: "short" });
  return (
    <details className="problem-history">
      <summary>{t("history", { n: history.length })}</summary>
      <ol>
        {history.map((h) => (
          <li key={`${h.at}-${h.action}`}>
            <time dateTime={h.at}>{when.format(new Date(h.at))}</time> · {who(h.actor)} ·{" "}
            <strong>{problemActionText(h.action, lang)}</strong>
            {h.note ? `${lang === "zh" ? "：" : ": "}${h.note}` : ""}
          </li>
        ))}
      </ol>
    </details>
  );
}
