import { Link } from "wouter";
import { commonMessages } from "../../i18n/common-messages";
import { useMessages } from "../../i18n/messages";

export function NotFound() {
  const t = useMessages(commonMessages);
  return (
    <section className="state state--empty">
      <h1>{t("notFound")}</h1>
      <Link href="/" className="button">
        {t("backHome")}
      </Link>
    </section>
  );
}
