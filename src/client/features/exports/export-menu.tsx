import { Link } from "wouter";
import { bulletinFileUrl, exportFileUrl } from "../../api/file-urls";
import { useRole } from "../../api/session";
import { Card } from "../../components/card";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { useDashboardSearch } from "../../lib/dashboard-search";
import { exportMessages } from "./messages";
import "./export-menu.css";
import "../results/results-print.css";

type Kind = "results" | "sheets";
type Format = "xlsx" | "csv";

/** Downloads of the results and raw sheets as .xlsx / .csv, and printing an A4 results sheet. */
export function ExportMenu({ eventId }: { eventId: string | undefined }) {
  const t = useMessages(exportMessages);
  const lang = useLang();
  const { search } = useDashboardSearch();
  const role = useRole();
  if (!eventId) return null;
  // The bulletin is a draft for the office: staff, leaders and admins.
  const mayDraft = role === "staff" || role === "leader" || role === "admin";
  const params = { cat: search.cat, street: search.street, q: search.q, lang };
  const link = (kind: Kind, format: Format) => (
    <a
      className="button button--ghost button--small"
      href={exportFileUrl(eventId, `${kind}.${format}`, params)}
      download
    >
      {/* The name begins with what is seen (WCAG 2.5.3), then says what is downloaded. */}
      <span aria-hidden="true">⇩</span> {t(format)}
      <span className="visually-hidden"> · {t("downloadLabel", { what: t(kind) })}</span>
    </a>
  );
  return (
    <Card title={t("title")} className="export-menu">
      <p className="export-menu__hint">{t("hint")}</p>
      <div className="export-menu__rows">
        {(["results", "sheets"] as const).map((kind) => (
          <div className="export-menu__row" key={kind}>
            <span className="export-menu__label">{t(kind)}</span>
            {link(kind, "xlsx")}
            {link(kind, "csv")}
          </div>
        ))}
        {mayDraft && (
          <div className="export-menu__row">
            <span className="export-menu__label">{t("bulletin")}</span>
            <Link
              className="button button--ghost button--small"
              href={`/results/bulletin?event=${encodeURIComponent(eventId)}`}
            >
              {t("bulletinOpen")}
            </Link>
            <a
              className="button button--ghost button--small"
              href={bulletinFileUrl({ kind: "event", eventId }, lang)}
              download
            >
              <span aria-hidden="true">⇩</span> {t("docx")}
              <span className="visually-hidden">
                {" "}
                · {t("downloadLabel", { what: t("bulletin") })}
              </span>
            </a>
          </div>
        )}
        <button type="button" className="button button--small" onClick={() => window.print()}>
          <span aria-hidden="true">⎙</span> {t("print")}
        </button>
      </div>
    </Card>
  );
}
