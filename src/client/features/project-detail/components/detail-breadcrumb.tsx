import { Link } from "wouter";
import { useMessages } from "../../../i18n/messages";
import { detailMessages } from "../messages";

/** Where the user is, and the way back to the list with its filters intact. */
export function DetailBreadcrumb({ name, backHref }: { name: string; backHref: string }) {
  const t = useMessages(detailMessages);
  return (
    <nav className="detail-breadcrumb" aria-label={t("breadcrumb")}>
      <ol>
        <li>
          <Link href={backHref}>{t("projects")}</Link>
        </li>
        <li aria-current="page">{name}</li>
      </ol>
    </nav>
  );
}
