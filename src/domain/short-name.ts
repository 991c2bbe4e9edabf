import type { Lang } from "./i18n";

/** Longest label kept whole, in characters (a Chinese character counts as one). */
const maxChars: Record<Lang, number> = { zh: 10, en: 22 };
/** The word every project's name ends with. */
const nameSuffix: Record<Lang, RegExp> = { zh: /项目$/, en: /\s+Project$/i };

/**
 * A project's name short enough to sit beside its point on a map: without the trailing "项目" /
 * "Project" every name carries, and a long one cut at a character (Chinese) or a word (English)
 * with "…", so the start — the company or the place — stays.
 */
export function shortProjectName(name: string, lang: Lang): string {
  const bare = name.replace(nameSuffix[lang], "").trim();
  const chars = [...bare];
  const max = maxChars[lang];
  if (chars.length <= max) return bare;
  if (lang === "zh") return `${chars.slice(0, max - 2).join("")}…`;
  const cut = bare.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s·,]+$/, "")}…`;
}
