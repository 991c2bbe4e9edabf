import { illustrativeMessages } from "../../domain/shared-messages";
import { useMessages } from "../i18n/messages";

/**
 * The mark beside a figure or section whose values the bulletin does not give. One component, so
 * every screen says it in the same words; the wall passes its own class for its larger type.
 */
export function IllustrativeTag({ className = "illustrative-tag" }: { className?: string }) {
  const t = useMessages(illustrativeMessages);
  return <span className={className}>{t("tag")}</span>;
}
