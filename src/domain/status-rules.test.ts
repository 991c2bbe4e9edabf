import { describe, expect, it } from "vitest";
import {
  behindPlanFirst,
  lightGlyph,
  lightUrgency,
  lightWordKey,
  statusLights,
} from "./status-rules";

const project = (id: string, status: "green" | "yellow" | "red", behindPoints: number) => ({
  id,
  status,
  statusExplanation: { behindPoints },
});

describe("status light signs", () => {
  it("lists the lights green, yellow, red, each with its own shape and word", () => {
    expect(statusLights).toEqual(["green", "yellow", "red"]);
    expect(statusLights.map((l) => lightGlyph[l])).toEqual(["●", "▲", "■"]);
    expect(new Set(statusLights.map((l) => lightWordKey[l])).size).toBe(3);
  });

  it("ranks red as the most urgent, green the least", () => {
    expect(lightUrgency.red).toBeGreaterThan(lightUrgency.yellow);
    expect(lightUrgency.yellow).toBeGreaterThan(lightUrgency.green);
  });

  it("puts the projects behind plan red first, then the furthest behind, and leaves out green", () => {
    const list = [
      project("a", "yellow", 12),
      project("b", "green", 0),
      project("c", "red", 5),
      project("d", "yellow", 20),
      project("e", "red", 40),
    ];
    expect(behindPlanFirst(list).map((p) => p.id)).toEqual(["e", "c", "d", "a"]);
    expect(list[0].id).toBe("a"); // the input is left as it was
  });
});
