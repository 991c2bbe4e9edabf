import { Link } from "wouter";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

type Props = { id: string; reason: "bad" | "unknown"; backHref: string };

/** A bad or unknown project id: a clear message and the way back, never a blank page. */
export function ProjectNotFound({ id, reason, backHref }: Props) {
  const t = useMessages(detailMessages);
  return (
    <section
      className="state state--empty detail-not-found"
      aria-labelledby="detail-not-found-title"
    >
      <h1 id="detail-not-found-title">{t(reason === "bad" ? "badId" : "notFound", { id })}</h1>
      <p>{t("notFoundHint")}</p>
      <Link href={backHref} className="button">
        {t("backToProjects")}
      </Link>
    </section>
  );
}
