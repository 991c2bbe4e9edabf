import { useEffect } from "react";
import { useSearchParams } from "wouter";
import { HTML_LANG } from "../../domain/i18n";
import { isLang, useLang, useSetLang } from "../i18n/lang";

/** `?lang=` in a link wins and is remembered; the document's lang follows for screen readers. */
export function LangSync() {
  const [params] = useSearchParams();
  const lang = useLang();
  const setLang = useSetLang();
  const requested = params.get("lang");
  useEffect(() => {
    if (isLang(requested) && requested !== lang) setLang(requested);
  }, [requested, lang, setLang]);
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
  }, [lang]);
  return null;
}
