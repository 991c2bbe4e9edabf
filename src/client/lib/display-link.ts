import type { Lang } from "../../domain/i18n";

/**
 * What a wall-screen link may say, shared by the screen that reads it (/display) and the admin
 * page that builds it, so the two cannot drift apart.
 */
/** Every panel a link may name, in rotation order: the overview first, so the key figures are what a room sees first. */
export const displayPanelIds = [
  "overview",
  "map",
  "ranking",
  "progress",
  "spotlight",
  "dispatch",
] as const;
export type DisplayPanelId = (typeof displayPanelIds)[number];

/**
 * The rotation when the link names no panels. The dispatch agenda is asked for by name
 * (panels=…,dispatch): it belongs on the screen of the room that holds the dispatch meeting.
 */
export const defaultDisplayPanels: readonly DisplayPanelId[] = displayPanelIds.filter(
  (p) => p !== "dispatch",
);

export const displayDefaults = { intervalSeconds: 20, lang: "zh" as Lang };
/** Under 2 s nobody can read a panel; over an hour it no longer rotates. */
export const displayIntervalRange = { min: 2, max: 3600 };

export type DisplayLinkOptions = {
  panels: DisplayPanelId[];
  intervalSeconds: number;
  lang: Lang;
  /** "07:30" to "20:00"; null = always on. */
  hours: { from: string; to: string } | null;
  /** "03:00"; null = no nightly reload. */
  reloadAt: string | null;
  /** An event the screen must show; null = the default (the one the dashboard shows). */
  event: string | null;
};

/**
 * The screen's link with only the options that differ from the defaults. Written by hand rather
 * than with URLSearchParams, which would turn "map,ranking" and "03:00" into %2C and %3A: the link
 * is read and typed by people.
 */
export function displayLink(base: string, options: DisplayLinkOptions): string {
  const parts: string[] = [];
  if (options.panels.join(",") !== defaultDisplayPanels.join(","))
    parts.push(`panels=${options.panels.join(",")}`);
  if (options.intervalSeconds !== displayDefaults.intervalSeconds)
    parts.push(`interval=${options.intervalSeconds}`);
  if (options.lang !== displayDefaults.lang) parts.push(`lang=${options.lang}`);
  if (options.hours) parts.push(`hours=${options.hours.from}-${options.hours.to}`);
  if (options.reloadAt) parts.push(`reload=${options.reloadAt}`);
  if (options.event) parts.push(`event=${encodeURIComponent(options.event)}`);
  if (!parts.length) return base;
  return `${base}${base.includes("?") ? "&" : "?"}${parts.join("&")}`;
}
