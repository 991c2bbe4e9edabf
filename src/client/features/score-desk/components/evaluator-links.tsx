import { useState } from "react";
import { Link } from "wouter";
import { formatDate } from "../../../../domain/formats";
import { DataTable } from "../../../components/data-table";
import { LoopbackWarning } from "../../../components/loopback-warning";
import { useLang } from "../../../i18n/lang";
import { useMessages } from "../../../i18n/messages";
import { useShareLinks } from "../../../lib/share-link";
import { type IssuedLink, useLinkMutations, useLinks } from "../api/desk-api";
import type { DeskData } from "../hooks/use-desk-data";
import { deskMessages } from "../messages";
import { QrImage } from "./qr-image";

/** Personal links: status per evaluator, issue / reissue / revoke; a new link is shown once. */
export function EvaluatorLinks({ data }: { data: DeskData }) {
  const t = useMessages(deskMessages);
  const lang = useLang();
  const links = useLinks(data.event.id);
  const { issue, revoke } = useLinkMutations(data.event.id);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [message, setMessage] = useState("");
  const active = new Map((links.data?.links ?? []).map((l) => [l.evaluatorId, l]));
  const labelOf = (id: string) => data.evaluators.find((e) => e.id === id)?.display ?? id;
  const fail = (e: Error) => setMessage(t("linkFailed", { message: e.message }));
  const share = useShareLinks();
  const url = issued ? share.url(`/score/${issued.token}`) : "";

  return (
    <details className="card desk-details">
      <summary>
        <h2 className="card__title">{t("linksTitle")}</h2>
      </summary>
      <p>{t("linksHelp")}</p>
      {share.ready && share.loopback && <LoopbackWarning origin={share.origin} />}
      <Link
        className="button"
        href={`/entry/links/print?event=${encodeURIComponent(data.event.id)}`}
      >
        {t("printCards")}
      </Link>
      <div role="status" className="desk-links__issued">
        {issued && (
          <div className="desk-links__new">
            <QrImage
              text={url}
              alt={t("qrAlt", { label: labelOf(issued.evaluatorId) })}
              size={140}
            />
            <p>
              {t("issuedFor", { label: labelOf(issued.evaluatorId) })}
              <br />
              <code className="desk-links__url">{url}</code>
            </p>
          </div>
        )}
        {message}
      </div>
      <DataTable
        columns={[
          {
            id: "evaluator",
            header: t("evaluator"),
            rowHeader: true,
            cell: (e) => (
              <>
                {e.display} <span className="desk-muted">{e.groupName}</span>
              </>
            ),
          },
          {
            id: "status",
            header: t("status"),
            cell: (e) => {
              const link = active.get(e.id);
              return link
                ? `● ${t("linkActive", { date: formatDate(link.createdAt.slice(0, 10), lang) })}`
                : `○ ${t("linkNone")}`;
            },
          },
          {
            id: "actions",
            header: <span className="visually-hidden">{t("issue")}</span>,
            cellClassName: "desk-links__actions",
            cell: (e) => {
              const link = active.get(e.id);
              return (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={`${link ? t("reissue") : t("issue")} · ${e.display}`}
                    onClick={() =>
                      issue.mutate(e.id, {
                        onSuccess: (r) => {
                          setIssued(r);
                          setMessage("");
                        },
                        onError: fail,
                      })
                    }
                  >
                    {link ? t("reissue") : t("issue")}
                  </button>
                  {link && (
                    <button
                      type="button"
                      className="button button--small button--ghost"
                      aria-label={`${t("revoke")} · ${e.display}`}
                      onClick={() =>
                        revoke.mutate(e.id, { onSuccess: () => setIssued(null), onError: fail })
                      }
                    >
                      {t("revoke")}
                    </button>
                  )}
                </>
              );
            },
          },
        ]}
        rows={data.evaluators}
        rowKey={(e) => e.id}
        compact
        scrollClassName="desk-links__scroll"
      />
    </details>
  );
}
