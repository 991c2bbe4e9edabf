import { useMessages } from "../../../i18n/messages";
import { entryMessages } from "../messages";

/** A revoked or unknown link: say so plainly and what to do, instead of an empty page. */
export function LinkRevoked() {
  const t = useMessages(entryMessages);
  return (
    <section className="entry-revoked card" role="alert" aria-labelledby="entry-revoked-title">
      <h1 id="entry-revoked-title">{t("linkRevokedTitle")}</h1>
      <p>{t("linkRevokedBody")}</p>
    </section>
  );
}
