import type { Lang } from "../../domain/formats";
import { useLang } from "./lang";

type Dictionary = Record<string, string>;

/** A feature's messages: Chinese first, and English with exactly the same keys. */
export function defineMessages<T extends Dictionary>(messages: {
  zh: T;
  en: { [K in keyof T]: string };
}) {
  return messages;
}

export type Translate<T extends Dictionary> = (
  key: keyof T & string,
  params?: Record<string, string | number>,
) => string;

export function translate<T extends Dictionary>(
  messages: { zh: T; en: { [K in keyof T]: string } },
  lang: Lang,
): Translate<T> {
  return (key, params) => {
    const template = messages[lang][key] ?? String(key);
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) =>
      name in params ? String(params[name]) : match,
    );
  };
}

/** `const t = useMessages(featureMessages); t("title", { n: 3 })` */
export function useMessages<T extends Dictionary>(messages: {
  zh: T;
  en: { [K in keyof T]: string };
}): Translate<T> {
  return translate(messages, useLang());
}
