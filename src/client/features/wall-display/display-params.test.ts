import { describe, expect, it } from "vitest";
import {
  type DisplayPanelId,
  defaultDisplayPanels,
  displayLink,
  displayPanelIds,
} from "../../lib/display-link";
import {
  nextDailyAt,
  parseActiveHours,
  parseDisplayParams,
  parseReloadTime,
  withinActiveHours,
} from "./display-params";

const parse = (query: string) => parseDisplayParams(new URLSearchParams(query));

describe("parseDisplayParams", () => {
  it("uses the defaults: all five panels with the overview first, 20 s, Chinese", () => {
    expect(parse("token=abc")).toEqual({
      token: "abc",
      panels: ["overview", "map", "ranking", "progress", "spotlight"],
      intervalSeconds: 20,
      lang: "zh",
      event: null,
      hours: null,
      reloadAt: null,
      notes: [],
    });
  });

  it("keeps the valid panels in the given order and reports the rest", () => {
    const p = parse("panels=spotlight,bogus,ranking&interval=5&lang=en");
    expect(p.panels).toEqual(["spotlight", "ranking"]);
    expect(p.intervalSeconds).toBe(5);
    expect(p.lang).toBe("en");
    expect(p.notes).toEqual([
      {
        name: "panels",
        value: "spotlight,bogus,ranking",
        fallback: "spotlight,ranking",
        how: "partly",
      },
    ]);
  });

  it("shows the dispatch agenda only where the link asks for it", () => {
    expect(parse("").panels).not.toContain("dispatch");
    expect(displayPanelIds).toContain("dispatch");
    const p = parse("panels=overview,dispatch");
    expect(p.panels).toEqual(["overview", "dispatch"]);
    expect(p.notes).toEqual([]);
  });

  it("falls back on bad values and says which", () => {
    const p = parse("panels=,&interval=abc&lang=fr");
    expect(p.panels).toEqual([...defaultDisplayPanels]);
    expect(p.intervalSeconds).toBe(20);
    expect(p.lang).toBe("zh");
    expect(p.notes.map((n) => n.name)).toEqual(["panels", "interval", "lang"]);
    expect(parse("interval=1").notes).toHaveLength(1);
    expect(parse("token=").token).toBeNull();
  });
});

describe("active hours", () => {
  const at = (hh: number, mm: number) => new Date(2023, 1, 24, hh, mm);

  it("parse a day range and one past midnight, and refuse nonsense", () => {
    expect(parseActiveHours("07:30-20:00")).toEqual({ start: 450, end: 1200 }); // 7×60+30, 20×60
    expect(parseActiveHours("22:00-06:00")).toEqual({ start: 1320, end: 360 });
    expect(parseActiveHours("08:00-24:00")).toEqual({ start: 480, end: 1440 });
    for (const bad of ["8-20", "25:00-26:00", "08:60-09:00", "08:00-08:00", "早上"])
      expect(parseActiveHours(bad)).toBeNull();
  });

  it("include the start minute and exclude the end minute", () => {
    const day = { start: 450, end: 1200 };
    expect(withinActiveHours(day, at(7, 29))).toBe(false);
    expect(withinActiveHours(day, at(7, 30))).toBe(true);
    expect(withinActiveHours(day, at(19, 59))).toBe(true);
    expect(withinActiveHours(day, at(20, 0))).toBe(false);
    const night = { start: 1320, end: 360 };
    expect(withinActiveHours(night, at(23, 0))).toBe(true);
    expect(withinActiveHours(night, at(5, 59))).toBe(true);
    expect(withinActiveHours(night, at(12, 0))).toBe(false);
    expect(withinActiveHours(null, at(3, 0))).toBe(true);
  });

  it("fall back to always on when the parameter is bad, and say so", () => {
    const p = parseDisplayParams(new URLSearchParams("token=x&hours=soon"));
    expect(p.hours).toBeNull();
    expect(p.notes).toEqual([
      { name: "hours", value: "soon", fallback: "00:00-24:00", how: "default" },
    ]);
  });
});

describe("nightly reload", () => {
  it("reads a time of day and refuses anything else, with a note and no reload", () => {
    expect(parseReloadTime("03:00")).toBe(180);
    expect(parseReloadTime("3:05")).toBe(185);
    expect(parseReloadTime("00:00")).toBe(0);
    for (const bad of ["24:00", "3", "03:60", "夜里", "03:00-04:00"])
      expect(parseReloadTime(bad)).toBeNull();
    const p = parseDisplayParams(new URLSearchParams("token=x&reload=late"));
    expect(p.reloadAt).toBeNull();
    expect(p.notes).toEqual([{ name: "reload", value: "late", fallback: "", how: "ignored" }]);
    expect(parseDisplayParams(new URLSearchParams("reload=03:30")).reloadAt).toBe(210);
  });

  it("comes next at that time today if it is still ahead, else tomorrow", () => {
    const at = (d: number, hh: number, mm: number, ss = 0) => new Date(2023, 1, d, hh, mm, ss);
    expect(nextDailyAt(180, at(24, 2, 59))).toEqual(at(24, 3, 0));
    expect(nextDailyAt(180, at(24, 3, 0))).toEqual(at(25, 3, 0));
    expect(nextDailyAt(180, at(24, 3, 0, 1))).toEqual(at(25, 3, 0));
    // Across the end of the month.
    expect(nextDailyAt(0, at(28, 23, 59))).toEqual(new Date(2023, 2, 1, 0, 0));
  });
});

describe("a link built by the admin page", () => {
  const base = "http://screen.example/display?token=abc";
  /** Every choice away from its default: the link spells each out, the screen reads each back. */
  const everythingChosen = {
    panels: ["spotlight", "map"] as DisplayPanelId[],
    intervalSeconds: 45,
    lang: "en" as const,
    hours: { from: "22:00", to: "06:00" },
    reloadAt: "04:15",
    event: "2023-02-24-inspection",
  };

  it("says only what differs from the defaults, in readable form", () => {
    const defaults = {
      panels: [...defaultDisplayPanels],
      intervalSeconds: 20,
      lang: "zh" as const,
      hours: null,
      reloadAt: null,
      event: null,
    };
    expect(displayLink(base, defaults)).toBe(base);
    expect(displayLink(base, everythingChosen)).toBe(
      `${base}&panels=spotlight,map&interval=45&lang=en&hours=22:00-06:00&reload=04:15&event=2023-02-24-inspection`,
    );
  });

  it("is read back by the screen exactly as it was chosen, with nothing to note", () => {
    const link = displayLink(base, everythingChosen);
    const p = parseDisplayParams(new URL(link).searchParams);
    expect(p).toMatchObject({
      token: "abc",
      panels: ["spotlight", "map"],
      intervalSeconds: 45,
      lang: "en",
      hours: { start: 22 * 60, end: 6 * 60 },
      reloadAt: 4 * 60 + 15,
      event: "2023-02-24-inspection",
      notes: [],
    });
  });
});
