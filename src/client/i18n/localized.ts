import type { Lang } from "../../domain/formats";

/** The record's text in the language: `name` in Chinese, `nameEn` in English. */
export function localized<K extends string>(
  record: { [P in K | `${K}En`]: string },
  key: K,
  lang: Lang,
): string {
  return lang === "en" ? record[`${key}En` as `${K}En`] : record[key];
}
