import { Link } from "wouter";
import { type BulletinResponse, type BulletinSource, useBulletin } from "../../api/bulletin";
import { useCurrentEventId } from "../../api/events";
import { bulletinFileUrl } from "../../api/file-urls";
import { useRole } from "../../api/session";
import { AsyncState } from "../../components/async-state";
import { DataTable } from "../../components/data-table";
import { useLang } from "../../i18n/lang";
import { useMessages } from "../../i18n/messages";
import { useDashboardSearch } from "../../lib/dashboard-search";
import { bulletinMessages } from "./messages";
import "./bulletin.css";

type Bulletin = BulletinResponse["bulletin"];

const mayDraft = (role: string | null) => role === "staff" || role === "admin" || role === "leader";

/**
 * `/results/bulletin`: the inspection's bulletin (通报) as it will print on A4, with the Word file to
 * edit. The page draws what the server drafted, so screen, print and .docx say the same.
 */
export function BulletinPage() {
  const t = useMessages(bulletinMessages);
  const role = useRole();
  const { search } = useDashboardSearch();
  const eventId = useCurrentEventId(search.event);
  if (!mayDraft(role)) return <NeedSignIn next="/results/bulletin" />;
  if (!eventId) return <p className="notice">{t("noEvent")}</p>;
  return (
    <Draft
      source={{ kind: "event", eventId }}
      back={{ href: `/results?event=${encodeURIComponent(eventId)}`, label: t("back") }}
      intro={t("intro")}
    />
  );
}

/** `/dispatch/:period/bulletin`: the bulletin drafted from a 旬's dispatch agenda. */
export function DispatchBulletinPage({ period }: { period: string }) {
  const t = useMessages(bulletinMessages);
  const role = useRole();
  if (!mayDraft(role)) return <NeedSignIn next={`/dispatch/${period}/bulletin`} />;
  return (
    <Draft
      source={{ kind: "dispatch", period }}
      back={{ href: `/dispatch/${encodeURIComponent(period)}`, label: t("backToAgenda") }}
      intro={t("dispatchIntro")}
    />
  );
}

function NeedSignIn({ next }: { next: string }) {
  const t = useMessages(bulletinMessages);
  return (
    <p className="notice notice--warning" role="alert">
      {t("needSignIn")}{" "}
      <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>{t("signIn")}</Link>
    </p>
  );
}

function Draft({
  source,
  back,
  intro,
}: {
  source: BulletinSource;
  back: { href: string; label: string };
  intro: string;
}) {
  const t = useMessages(bulletinMessages);
  const lang = useLang();
  const query = useBulletin(source, lang);
  return (
    <section className="bulletin-page" aria-labelledby="bulletin-heading">
      <div className="bulletin-page__bar">
        <h1 id="bulletin-heading" className="bulletin-page__heading">
          {t("heading")}
        </h1>
        <p className="bulletin-page__intro">{intro}</p>
        <div className="bulletin-page__actions">
          <a className="button" href={bulletinFileUrl(source, lang)} download>
            <span aria-hidden="true">⇩</span> {t("download")}
          </a>
          <button type="button" className="button button--ghost" onClick={() => window.print()}>
            <span aria-hidden="true">⎙</span> {t("print")}
          </button>
          <Link className="button button--ghost" href={back.href}>
            {back.label}
          </Link>
        </div>
      </div>
      <AsyncState query={query}>
        {() => query.data && <Sheet bulletin={query.data.bulletin} />}
      </AsyncState>
    </section>
  );
}

/** The document itself, set like a printed 公文 page. */
function Sheet({ bulletin }: { bulletin: Bulletin }) {
  return (
    <article className="bulletin-sheet">
      <h2 className="bulletin-sheet__title">{bulletin.title}</h2>
      <p className="bulletin-sheet__subtitle">{bulletin.subtitle}</p>
      {bulletin.sections.map((section) => (
        <section key={section.heading} className="bulletin-sheet__section">
          <h3>{section.heading}</h3>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.table && <BulletinTableView heading={section.heading} table={section.table} />}
        </section>
      ))}
      {bulletin.note && <p className="bulletin-sheet__note">{bulletin.note}</p>}
    </article>
  );
}

type Table = NonNullable<Bulletin["sections"][number]["table"]>;

/** A bulletin table; on a phone each row becomes a card, so no column hides off screen. */
function BulletinTableView({ heading, table }: { heading: string; table: Table }) {
  // The column that names the row: the first that is not a number (a ranking starts with its rank).
  const rowHeaderColumn = Math.max(0, table.numeric.indexOf(false));
  return (
    <DataTable
      columns={table.columns.map((header, i) => ({
        id: String(i),
        header,
        numeric: table.numeric[i],
        rowHeader: i === rowHeaderColumn,
        label: i === rowHeaderColumn ? null : undefined,
        cell: (row: string[]) => row[i],
      }))}
      rows={table.rows}
      rowKey={(row) => row.join("|")}
      caption={heading}
      captionHidden
      cards
      className="bulletin-sheet__table"
    />
  );
}
