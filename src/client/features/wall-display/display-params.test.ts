import { describe, expect, it } from "vitest";
import { parseDisplayParams } from "./display-params";

const parse = (query: string) => parseDisplayParams(new URLSearchParams(query));

describe("parseDisplayParams", () => {
  it("uses the defaults: all four panels, 20 s, Chinese", () => {
    expect(parse("token=abc")).toEqual({
      token: "abc",
      panels: ["map", "ranking", "progress", "spotlight"],
      intervalSeconds: 20,
      lang: "zh",
      event: null,
      notes: [],
    });
  });

  it("keeps the valid panels in the given order and reports the rest", () => {
    const p = parse("panels=spotlight,bogus,ranking&interval=5&lang=en");
    expect(p.panels).toEqual(["spotlight", "ranking"]);
    expect(p.intervalSeconds).toBe(5);
    expect(p.lang).toBe("en");
    expect(p.notes.map((n) => n.name)).toEqual(["panels"]);
  });

  it("falls back on bad values and says which", () => {
    const p = parse("panels=,&interval=abc&lang=fr");
    expect(p.panels).toHaveLength(4);
    expect(p.intervalSeconds).toBe(20);
    expect(p.lang).toBe("zh");
    expect(p.notes.map((n) => n.name)).toEqual(["panels", "interval", "lang"]);
    expect(parse("interval=1").notes).toHaveLength(1);
    expect(parse("token=").token).toBeNull();
  });
});
