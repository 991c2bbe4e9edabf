import { type Catalogue, translate } from "../../domain/i18n";
import { useLang } from "./lang";

// The catalogue mechanism is the domain's, shared with the server; the client adds the hook.
export { defineMessages, type Translate, translate } from "../../domain/i18n";

/** `const t = useMessages(featureMessages); t("title", { n: 3 })` */
export function useMessages<T extends Record<string, string>>(messages: Catalogue<T>) {
  return translate(messages, useLang());
}
