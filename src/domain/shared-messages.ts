/**
 * Texts more than one part of the app says: the honesty notes on illustrative data (the pages, the
 * wall, the phone and the exported files say it in the same words) and the punctuation that joins
 * lists and clauses, which differs between the languages. A feature's catalogue that shows one of
 * these notes takes the entry from here (`illustrative: illustrativeMessages.zh.tag`), never its own
 * wording.
 */
import { defineMessages, formatMessage, type Lang } from "./i18n";

export const illustrativeMessages = defineMessages({
  zh: {
    /** The tag beside a figure or a section that is not real. */
    tag: "示意数据",
    location: "示意位置",
    basemap: "示意底图：青岛市区县界",
    banner:
      "示意数据：项目名称、类别及 2023年2月24日观摩会为公报事实；位置为示意位置，投资、进度、评分等均为示意数据。",
    demoBanner:
      "演示模式：演示账号 admin / staff / leader / unit，密码为 demo-账号名；数据为示意数据。",
    /** The note at the top of an exported or template workbook. */
    fileNote: "示意数据：评分与投票为演示用示意值，并非真实评议结果。",
  },
  en: {
    tag: "Illustrative data",
    location: "Approximate locations",
    basemap: "Illustrative basemap: Qingdao district boundaries",
    banner:
      "Illustrative data: project names, categories and the 24 Feb 2023 inspection are facts from the bulletin; locations are approximate, and investment, progress and scores are illustrative.",
    demoBanner:
      "Demo mode: demo accounts admin / staff / leader / unit with password demo-<account>; all data is illustrative.",
    fileNote: "Illustrative data: the scores and votes are made up for the demo, not real results.",
  },
});

export const punctuation = defineMessages({
  zh: {
    listSeparator: "、",
    clauseSeparator: "；",
    labelSeparator: "：",
    phraseSeparator: "，",
    quoted: "“{text}”",
    withMax: "{name}（{max}）",
  },
  en: {
    listSeparator: ", ",
    clauseSeparator: "; ",
    labelSeparator: ": ",
    phraseSeparator: ", ",
    quoted: '"{text}"',
    withMax: "{name} ({max})",
  },
});

/** "a、b、c" / "a, b, c". */
export const joinList = (items: readonly string[], lang: Lang) =>
  items.join(punctuation[lang].listSeparator);

/** "a；b" / "a; b". */
export const joinClauses = (items: readonly string[], lang: Lang) =>
  items.join(punctuation[lang].clauseSeparator);

/** "a，b" / "a, b": phrases within one sentence. */
export const joinPhrases = (items: readonly string[], lang: Lang) =>
  items.join(punctuation[lang].phraseSeparator);

/** "field：problem" / "field: problem". */
export const labelled = (label: string, textAfter: string, lang: Lang) =>
  `${label}${punctuation[lang].labelSeparator}${textAfter}`;

/** “name” / "name". */
export const quoted = (value: string, lang: Lang) =>
  formatMessage(punctuation[lang].quoted, lang, { text: value });

/** A criterion with its maximum: "项目建设进度（30）" / "Construction progress (30)". */
export const withMax = (name: string, max: number, lang: Lang) =>
  formatMessage(punctuation[lang].withMax, lang, { name, max });

/** The project categories' names, as every screen, file and bulletin writes them. */
export const categoryMessages = defineMessages({
  zh: { manufacturing: "制造业", urban_renewal: "城市更新" },
  en: { manufacturing: "Manufacturing", urban_renewal: "Urban renewal" },
});

/** A category as the district names it (the `categories` list). */
export type CategoryName = { id: string; name: string; nameEn: string };

/**
 * A category's name: from the district's list when one is given, the seed's words for the seed's
 * two, and its id for one added since that this screen does not know yet.
 */
export function categoryName(id: string, lang: Lang, known: readonly CategoryName[] = []): string {
  const listed = known.find((c) => c.id === id);
  if (listed) return lang === "zh" ? listed.name : listed.nameEn;
  const seed = categoryMessages[lang] as Record<string, string>;
  return Object.hasOwn(seed, id) ? seed[id] : id;
}

/** The lights' words, keyed as `lightWordKey` names them. */
export const lightWordMessages = defineMessages({
  zh: { statusGreen: "绿灯", statusYellow: "黄灯", statusRed: "红灯" },
  en: { statusGreen: "Green", statusYellow: "Yellow", statusRed: "Red" },
});
