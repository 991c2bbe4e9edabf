import { formatDate, type Lang } from "../../../../domain/formats";
import { useMessages } from "../../../i18n/messages";
import { useOfflineReady } from "../hooks/use-offline-ready";
import { useOnline } from "../hooks/use-online";
import { entryMessages } from "../messages";

type Props = {
  lang: Lang;
  evaluatorLabel: string;
  eventName: string;
  eventDate: string;
  eventState: "draft" | "open" | "closed" | "published";
  done: number;
  expected: number;
  recused: number;
  pending: number;
  onSendNow: () => void;
};

/** Who is scoring which event, how far along, and whether the phone is online. */
export function EntryHeader(p: Props) {
  const t = useMessages(entryMessages);
  const online = useOnline();
  const offlineReady = useOfflineReady() === "ready";
  return (
    <header className="entry-header">
      <div className="entry-header__who">
        <h1 className="entry-header__evaluator">{p.evaluatorLabel}</h1>
        <p className="entry-header__event">
          {p.eventName} · <span className="nowrap">{formatDate(p.eventDate, p.lang)}</span>
        </p>
      </div>
      <p className="entry-header__progress" aria-live="polite">
        <strong>{t("progress", { done: p.done, total: p.expected })}</strong>
        {p.recused > 0 && t("recusedCount", { n: p.recused })}
      </p>
      {p.eventState !== "open" && (
        <p className="entry-notice entry-notice--warning">{t("notOpen")}</p>
      )}
      <div className="entry-header__net" role="status">
        {online ? (
          <span className="entry-net entry-net--online">● {t("online")}</span>
        ) : (
          <span className="entry-net entry-net--offline">○ {t("offline")}</span>
        )}
        {offlineReady && <span className="entry-net entry-net--ready">✓ {t("offlineReady")}</span>}
        {p.pending > 0 && (
          <>
            <span>{t("pendingCount", { n: p.pending })}</span>
            {online && (
              <button type="button" className="button button--small" onClick={p.onSendNow}>
                {t("sendNow")}
              </button>
            )}
          </>
        )}
      </div>
    </header>
  );
}
