import type { Lang } from "../../../domain/formats";

export const panelIds = ["map", "ranking", "progress", "spotlight"] as const;
export type PanelId = (typeof panelIds)[number];

export type ParamNote = { name: string; value: string; fallback: string };
export type DisplayParams = {
  token: string | null;
  panels: PanelId[];
  intervalSeconds: number;
  lang: Lang;
  /** Requested event id, or null for the default (an open event, else the latest finished one). */
  event: string | null;
  /** Active hours in minutes of the day (the end may be past midnight); null = always on. */
  hours: ActiveHours | null;
  /** Parameters that were not valid and fell back to their default: shown in a corner note. */
  notes: ParamNote[];
};

export type ActiveHours = { start: number; end: number };

/** "07:30-20:00" → minutes of the day; null when it is not a time range. */
export function parseActiveHours(value: string): ActiveHours | null {
  const match = /^(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [h1, m1, h2, m2] = match.slice(1).map(Number) as [number, number, number, number];
  if (h1 > 23 || h2 > 24 || m1 > 59 || m2 > 59 || (h2 === 24 && m2 > 0)) return null;
  const start = h1 * 60 + m1;
  const end = h2 * 60 + m2;
  return start === end ? null : { start, end };
}

/** Whether the screen should show anything at this moment (local time of the screen). */
export function withinActiveHours(hours: ActiveHours | null, at: Date): boolean {
  if (!hours) return true;
  const minute = at.getHours() * 60 + at.getMinutes();
  // A range like 22:00-06:00 runs past midnight.
  return hours.start < hours.end
    ? minute >= hours.start && minute < hours.end
    : minute >= hours.start || minute < hours.end;
}

const isPanel = (v: string): v is PanelId => (panelIds as readonly string[]).includes(v);

/** Reads the screen's URL. A bad value never stops the screen: it falls back and is reported. */
export function parseDisplayParams(search: URLSearchParams): DisplayParams {
  const notes: ParamNote[] = [];
  const token = search.get("token")?.trim() || null;

  let panels: PanelId[] = [...panelIds];
  const rawPanels = search.get("panels");
  if (rawPanels !== null) {
    const wanted = rawPanels.split(",").map((p) => p.trim().toLowerCase());
    const valid = [...new Set(wanted.filter(isPanel))];
    if (valid.length) panels = valid;
    if (valid.length !== wanted.length)
      notes.push({ name: "panels", value: rawPanels, fallback: panels.join(",") });
  }

  let intervalSeconds = 20;
  const rawInterval = search.get("interval");
  if (rawInterval !== null) {
    const n = Number(rawInterval);
    // Under 2 s nobody can read a panel; over an hour it no longer rotates.
    if (Number.isFinite(n) && n >= 2 && n <= 3600) intervalSeconds = n;
    else notes.push({ name: "interval", value: rawInterval, fallback: "20" });
  }

  let lang: Lang = "zh";
  const rawLang = search.get("lang");
  if (rawLang === "zh" || rawLang === "en") lang = rawLang;
  else if (rawLang !== null) notes.push({ name: "lang", value: rawLang, fallback: "zh" });

  let hours: ActiveHours | null = null;
  const rawHours = search.get("hours");
  if (rawHours !== null) {
    hours = parseActiveHours(rawHours);
    if (!hours) notes.push({ name: "hours", value: rawHours, fallback: "00:00-24:00" });
  }

  const event = search.get("event")?.trim() || null;
  return { token, panels, intervalSeconds, lang, event, hours, notes };
}
