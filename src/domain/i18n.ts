/**
 * The one way this app says things in two languages: the domain's sentences, the server's messages
 * and the client's screens all write a catalogue with `defineMessages` and read it with `translate`.
 *
 * A small typed catalogue rather than a library (@formatjs/intl, i18next): there are exactly two
 * languages, written by the people who write the code, so what a library adds (locale loading,
 * translator tooling, message compilation) is unused weight in the wall's and the phone's bundles,
 * while what matters here is kept: the compiler checks that English has every Chinese key, a test
 * checks that both sides use the same {placeholders}, and plurals use ICU's own syntax
 * (`{n, plural, one {# project} other {# projects}}`) decided by Intl.PluralRules.
 */

export const LANGS = ["zh", "en"] as const;

export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === "zh" || value === "en";
}

/** The locale the language's numbers, dates, plural rules and sorting follow. */
export const LOCALE: Record<Lang, string> = { zh: "zh-CN", en: "en-GB" };

/** The page's `lang` attribute, for screen readers and fonts. */
export const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };

/** The language the switch offers. */
export const otherLang = (lang: Lang): Lang => (lang === "zh" ? "en" : "zh");

type Dictionary = Record<string, string>;

/** Chinese first, and English with exactly the same keys. */
export type Catalogue<T extends Dictionary> = { zh: T; en: { [K in keyof T]: string } };

export type MessageParams = Record<string, string | number>;

export type Translate<T extends Dictionary> = (
  key: keyof T & string,
  params?: MessageParams,
) => string;

const defined: Catalogue<Dictionary>[] = [];

/** A catalogue: `defineMessages({ zh: { title: "…" }, en: { title: "…" } })`. */
export function defineMessages<T extends Dictionary>(messages: Catalogue<T>): Catalogue<T> {
  // Remembered so one test can check every catalogue's placeholders, exported or not.
  defined.push(messages);
  return messages;
}

/** Every catalogue defined so far in this process (for the catalogue test). */
export const definedCatalogues = (): readonly Catalogue<Dictionary>[] => defined;

/** `const t = translate(catalogue, lang); t("title", { n: 3 })` */
export function translate<T extends Dictionary>(messages: Catalogue<T>, lang: Lang): Translate<T> {
  return (key, params) => formatMessage(messages[lang][key] ?? String(key), lang, params);
}

/** One text, for a catalogue keyed by text: `text(catalogue, "title", lang, params)`. */
export function text<T extends Dictionary>(
  messages: Catalogue<T>,
  key: keyof T & string,
  lang: Lang,
  params?: MessageParams,
): string {
  return translate(messages, lang)(key, params);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralCategory(n: number, lang: Lang): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE[lang]);
    pluralRules.set(lang, rules);
  }
  return rules.select(n);
}

/** A template cut into plain text and `{…}` groups (`inner` is what the braces hold). */
type Piece = { text: string; inner?: string };

function pieces(template: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  for (let open = template.indexOf("{"); open !== -1; open = template.indexOf("{", i)) {
    const close = matchingBrace(template, open);
    if (close === -1) break;
    out.push({ text: template.slice(i, open) });
    out.push({ text: template.slice(open, close + 1), inner: template.slice(open + 1, close) });
    i = close + 1;
  }
  out.push({ text: template.slice(i) });
  return out;
}

function matchingBrace(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === "{") depth++;
    else if (s[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

const PLURAL_HEAD = /^\s*(\w+)\s*,\s*plural\s*,/;

/** `one {# item} other {# items}` → one → "# item", other → "# items". */
function pluralForms(body: string): Map<string, string> {
  const forms = new Map<string, string>();
  let selector = "";
  for (const piece of pieces(body)) {
    if (piece.inner === undefined) selector = piece.text.trim();
    else forms.set(selector, piece.inner);
  }
  return forms;
}

/**
 * Fills in `{name}` and `{n, plural, =0 {…} one {…} other {…}}` (`#` is the number). A placeholder
 * without a value stays as written, so a missing value shows instead of silently vanishing.
 */
export function formatMessage(template: string, lang: Lang, params?: MessageParams): string {
  if (!params || !template.includes("{")) return template;
  return pieces(template)
    .map((piece) => (piece.inner === undefined ? piece.text : fill(piece, lang, params)))
    .join("");
}

function fill({ text, inner = "" }: Piece, lang: Lang, params: MessageParams): string {
  const plural = PLURAL_HEAD.exec(inner);
  const name = plural ? plural[1] : inner.trim();
  if (!(name in params)) return text;
  if (!plural) return String(params[name]);
  const n = Number(params[name]);
  const forms = pluralForms(inner.slice(plural[0].length));
  const form = forms.get(`=${n}`) ?? forms.get(pluralCategory(n, lang)) ?? forms.get("other") ?? "";
  return formatMessage(form.replace(/#/g, String(params[name])), lang, params);
}

/** The names a template fills in, plural ones included: for checking both languages agree. */
export function placeholderNames(template: string): string[] {
  const names = new Set<string>();
  for (const { inner } of pieces(template)) {
    if (inner === undefined) continue;
    const plural = PLURAL_HEAD.exec(inner);
    if (!plural) {
      names.add(inner.trim());
      continue;
    }
    names.add(plural[1]);
    for (const form of pluralForms(inner.slice(plural[0].length)).values())
      for (const name of placeholderNames(form)) names.add(name);
  }
  return [...names].sort();
}

/** The record's text in the language: `name` in Chinese, `nameEn` in English. */
export function localized<K extends string>(
  record: { [P in K | `${K}En`]: string },
  key: K,
  lang: Lang,
): string {
  return lang === "en" ? record[`${key}En` as `${K}En`] : record[key];
}
