import { isLang, type Lang } from "../../../domain/i18n";
import {
  type DisplayPanelId,
  defaultDisplayPanels,
  displayDefaults,
  displayIntervalRange,
  displayPanelIds as panelIds,
} from "../../lib/display-link";

export type PanelId = DisplayPanelId;

/** A parameter that was not (wholly) valid: the default used instead, the valid part kept, or nothing. */
export type ParamNote = {
  name: string;
  value: string;
  fallback: string;
  how: "default" | "partly" | "ignored";
};
export type DisplayParams = {
  token: string | null;
  panels: PanelId[];
  intervalSeconds: number;
  lang: Lang;
  /** Requested event id, or null for the default (the latest finished one, as on the dashboard). */
  event: string | null;
  /** Active hours in minutes of the day (the end may be past midnight); null = always on. */
  hours: ActiveHours | null;
  /** A daily reload at this minute of the day (screen's local time); null = none. */
  reloadAt: number | null;
  /** Parameters that were not valid and fell back to their default: shown in a corner note. */
  notes: ParamNote[];
};

export type ActiveHours = { start: number; end: number };

/** "03:00" → minutes of the day; "24:00" only where allowed (the end of a range). */
function parseClockTime(value: string, allowEndOfDay = false): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  if (m > 59 || h > 24 || (h === 24 && (m > 0 || !allowEndOfDay))) return null;
  return h * 60 + m;
}

/** "07:30-20:00" → minutes of the day; null when it is not a time range. */
export function parseActiveHours(value: string): ActiveHours | null {
  const [from, to, ...rest] = value.split("-");
  if (from === undefined || to === undefined || rest.length) return null;
  const start = parseClockTime(from);
  const end = parseClockTime(to, true);
  return start === null || end === null || start === end ? null : { start, end };
}

/** "03:00" → minutes of the day for the daily reload; null when it is not a time. */
export const parseReloadTime = (value: string): number | null => parseClockTime(value);

/** The first moment strictly after `from` at that minute of the day, in the screen's local time. */
export function nextDailyAt(minuteOfDay: number, from: Date): Date {
  const next = new Date(from);
  next.setHours(Math.floor(minuteOfDay / 60), minuteOfDay % 60, 0, 0);
  if (next <= from) next.setDate(next.getDate() + 1);
  return next;
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

  let panels: PanelId[] = [...defaultDisplayPanels];
  const rawPanels = search.get("panels");
  if (rawPanels !== null) {
    const wanted = rawPanels.split(",").map((p) => p.trim().toLowerCase());
    const valid = [...new Set(wanted.filter(isPanel))];
    if (valid.length) panels = valid;
    if (valid.length !== wanted.length)
      notes.push({
        name: "panels",
        value: rawPanels,
        fallback: panels.join(","),
        how: valid.length ? "partly" : "default",
      });
  }

  let intervalSeconds = displayDefaults.intervalSeconds;
  const rawInterval = search.get("interval");
  if (rawInterval !== null) {
    const n = Number(rawInterval);
    if (Number.isFinite(n) && n >= displayIntervalRange.min && n <= displayIntervalRange.max)
      intervalSeconds = n;
    else
      notes.push({
        name: "interval",
        value: rawInterval,
        fallback: String(intervalSeconds),
        how: "default",
      });
  }

  let lang: Lang = displayDefaults.lang;
  const rawLang = search.get("lang");
  if (isLang(rawLang)) lang = rawLang;
  else if (rawLang !== null)
    notes.push({ name: "lang", value: rawLang, fallback: lang, how: "default" });

  let hours: ActiveHours | null = null;
  const rawHours = search.get("hours");
  if (rawHours !== null) {
    hours = parseActiveHours(rawHours);
    if (!hours)
      notes.push({ name: "hours", value: rawHours, fallback: "00:00-24:00", how: "default" });
  }

  let reloadAt: number | null = null;
  const rawReload = search.get("reload");
  if (rawReload !== null) {
    reloadAt = parseReloadTime(rawReload);
    // No fallback time: a bad value means no nightly reload at all.
    if (reloadAt === null)
      notes.push({ name: "reload", value: rawReload, fallback: "", how: "ignored" });
  }

  const event = search.get("event")?.trim() || null;
  return { token, panels, intervalSeconds, lang, event, hours, reloadAt, notes };
}
