import { useState } from "react";
import { Link, useSearchParams } from "wouter";
import { useRole } from "../../api/session";
import { AsyncState } from "../../components/async-state";
import { LoopbackWarning } from "../../components/loopback-warning";
import { useLang } from "../../i18n/lang";
import { localized } from "../../i18n/localized";
import { useMessages } from "../../i18n/messages";
import { useShareLinks } from "../../lib/share-link";
import { type IssuedLink, issueLink } from "./api/desk-api";
import { QrImage } from "./components/qr-image";
import { useDeskData } from "./hooks/use-desk-data";
import { deskMessages } from "./messages";
import "./score-desk.css";

/** /entry/links/print?event=…: issue fresh links for every evaluator and print A4 QR cards. */
export function LinkCardsPage() {
  const t = useMessages(deskMessages);
  const role = useRole();
  const [params] = useSearchParams();
  const eventId = params.get("event") ?? "";
  if (role !== "staff" && role !== "admin")
    return (
      <p className="notice notice--warning" role="alert">
        {t("needStaff")} <Link href="/sign-in?next=%2Fentry">{t("signInLink")}</Link>
      </p>
    );
  return <Cards eventId={eventId} />;
}

function Cards({ eventId }: { eventId: string }) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const { data, query } = useDeskData(eventId);
  const [links, setLinks] = useState<IssuedLink[] | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState("");
  const share = useShareLinks();

  const issueAll = async () => {
    if (!data) return;
    const out: IssuedLink[] = [];
    const failed: string[] = [];
    setProgress(0);
    for (const e of data.evaluators) {
      try {
        out.push(await issueLink(eventId, e.id));
      } catch (error) {
        failed.push((error as Error).message);
      }
      setProgress(out.length + failed.length);
    }
    setLinks(out);
    setProgress(null);
    if (failed.length) setFailure(t("printFailed", { n: failed.length, message: failed[0] ?? "" }));
  };

  return (
    <section className="link-cards">
      <AsyncState query={query}>
        {() =>
          data ? (
            <>
              {/* Above the print button, and on the printed sheet too. */}
              {share.ready && share.loopback && <LoopbackWarning origin={share.origin} />}
              <header className="link-cards__controls">
                <h1>{t("printTitle")}</h1>
                <p>{localized(data.event, "name", lang)}</p>
                <Link href={`/entry?event=${encodeURIComponent(eventId)}`}>{t("printBack")}</Link>
                {!links && (
                  <div className="notice notice--warning">
                    <p>{t("printWarning", { n: data.evaluators.length })}</p>
                    <button
                      type="button"
                      className="button"
                      disabled={progress !== null}
                      onClick={issueAll}
                    >
                      {t("printIssue")}
                    </button>
                  </div>
                )}
                <p role="status">
                  {progress !== null &&
                    t("printIssuing", { done: progress, n: data.evaluators.length })}
                  {failure}
                </p>
                {links && (
                  <button type="button" className="button" onClick={() => window.print()}>
                    {t("printButton")}
                  </button>
                )}
              </header>
              {links && (
                <ul className="link-cards__sheet">
                  {links.map((l) => {
                    const e = data.evaluators.find((x) => x.id === l.evaluatorId);
                    const url = share.url(l.path);
                    return (
                      <li key={l.evaluatorId} className="link-card">
                        <strong className="link-card__label">{e?.display ?? l.evaluatorId}</strong>
                        <span>{e?.groupName}</span>
                        <span className="link-card__event">
                          {localized(data.event, "name", lang)}
                        </span>
                        <QrImage
                          text={url}
                          alt={t("qrAlt", { label: e?.display ?? l.evaluatorId })}
                          size={120}
                        />
                        <span className="link-card__hint">{t("cardHint")}</span>
                        <code className="link-card__url">{url}</code>
                      </li>
                    );
                  })}
                </ul>
              )}
            </>
          ) : null
        }
      </AsyncState>
    </section>
  );
}
