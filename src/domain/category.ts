import { z } from "zod";
import type { Lang } from "./i18n";
import { categorySchema } from "./project";
import { categoryName } from "./shared-messages";

/** A category as the district keeps it: names, place in lists, and the colour that marks it. */
export const categoryRecordSchema = z.object({
  id: categorySchema,
  name: z.string().trim().min(1).max(40),
  nameEn: z.string().trim().min(1).max(60),
  order: z.number().int().min(0),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, "a colour is #rrggbb"),
});
export type CategoryRecord = z.infer<typeof categoryRecordSchema>;

/** A new category: its order defaults to after the last one. */
export const newCategorySchema = categoryRecordSchema.extend({
  order: z.number().int().min(0).optional(),
});
export type NewCategory = z.infer<typeof newCategorySchema>;

/** The seed's categories: blue and violet, far from every light. */
export const seedCategoryRecords: CategoryRecord[] = [
  { id: "manufacturing", name: "制造业", nameEn: "Manufacturing", order: 0, colour: "#1d5fa8" },
  { id: "urban_renewal", name: "城市更新", nameEn: "Urban renewal", order: 1, colour: "#6b4fa0" },
];

/** The lights' hues in degrees: red #b42318, amber #e0a100, and green taken as the greens around it. */
const lightHues = { red: 4, yellow: 43, green: 130 } as const;
export type LightName = keyof typeof lightHues;
/** Closer than this in hue, a saturated colour reads as the light. */
const minHueDistance = 35;
/** Greys and near-greys carry no hue to confuse. */
const minSaturation = 0.2;

function hueAndSaturation(hex: string): { hue: number; saturation: number } {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const delta = max - min;
  const lightness = (max + min) / 2;
  const saturation = delta === 0 ? 0 : delta / (1 - Math.abs(2 * lightness - 1));
  let hue = 0;
  if (delta !== 0) {
    if (max === r) hue = 60 * (((g - b) / delta) % 6);
    else if (max === g) hue = 60 * ((b - r) / delta + 2);
    else hue = 60 * ((r - g) / delta + 4);
  }
  return { hue: (hue + 360) % 360, saturation };
}

/**
 * The light a category colour would be mistaken for, or null when it is clearly apart: the map and
 * charts show lights and categories side by side, so they must never share a colour.
 */
export function lightConfusedWith(colour: string): LightName | null {
  const { hue, saturation } = hueAndSaturation(colour);
  if (saturation < minSaturation) return null;
  const [nearest] = (Object.entries(lightHues) as [LightName, number][])
    .map(([light, lightHue]) => {
      const apart = Math.abs(hue - lightHue);
      return { light, distance: Math.min(apart, 360 - apart) };
    })
    .sort((a, b) => a.distance - b.distance);
  return nearest.distance < minHueDistance ? nearest.light : null;
}

/**
 * The categories that occur in `items`, in the district's order (the seed's two first when no
 * order is given), then any others as they first appear: rankings within category list every
 * category that has projects, not only the seed's.
 */
export function categoriesPresent(
  items: readonly { category: string }[],
  order: readonly string[] = seedCategoryRecords.map((c) => c.id),
): string[] {
  const present = [...new Set(items.map((i) => i.category))];
  const rank = (c: string) => {
    const i = order.indexOf(c);
    return i === -1 ? order.length : i;
  };
  return present
    .map((c, appearance) => ({ c, appearance }))
    .sort((a, b) => rank(a.c) - rank(b.c) || a.appearance - b.appearance)
    .map((x) => x.c);
}

/** The colour of a category the list does not hold (yet): a neutral grey, far from every light. */
export const unlistedCategoryColour = "#667085";

/**
 * The district's categories as every screen uses them: in their order, with each one's names and
 * colour looked up in one place, so nothing keeps its own map of the seed's two.
 */
export type CategoryBook = {
  /** Every listed category, in the district's order. */
  list: CategoryRecord[];
  /** Their ids in that order (for `categoriesPresent`). */
  order: string[];
  name: (id: string, lang: Lang) => string;
  colour: (id: string) => string;
  /** The categories among `items`, in order, each with its record (an unlisted one named by its id). */
  present: (items: readonly { category: string }[]) => CategoryRecord[];
};

export function categoryBook(records: readonly CategoryRecord[]): CategoryBook {
  const list = [...records].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const order = list.map((c) => c.id);
  const byId = new Map(list.map((c) => [c.id, c]));
  const record = (id: string): CategoryRecord =>
    byId.get(id) ?? {
      id,
      name: categoryName(id, "zh"),
      nameEn: categoryName(id, "en"),
      order: list.length,
      colour: unlistedCategoryColour,
    };
  return {
    list,
    order,
    name: (id, lang) => categoryName(id, lang, list),
    colour: (id) => record(id).colour,
    present: (items) => categoriesPresent(items, order).map(record),
  };
}
