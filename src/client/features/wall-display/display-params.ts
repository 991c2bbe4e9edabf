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
  /** Parameters that were not valid and fell back to their default: shown in a corner note. */
  notes: ParamNote[];
};

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

  const event = search.get("event")?.trim() || null;
  return { token, panels, intervalSeconds, lang, event, notes };
}
