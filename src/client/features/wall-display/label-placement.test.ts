import { describe, expect, it } from "vitest";
import { type Box, type LabelRequest, type Placement, placeLabels } from "./label-placement";

const area = { w: 1000, h: 600 };
const req = (id: string, x: number, y: number, w = 120, h = 30): LabelRequest => ({
  id,
  x,
  y,
  w,
  h,
  r: 15,
});
/** Markers by id at [x, y], in the order given (the first in the list is placed first). */
const markers = (at: Record<string, [number, number]>) =>
  Object.entries(at).map(([id, [x, y]]) => req(id, x, y));
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("placeLabels", () => {
  it("puts a lone label to the right of its marker", () => {
    const box = placeLabels([req("a", 100, 100)], area).get("a");
    expect(box).toEqual({ x: 119, y: 85, w: 120, h: 30, far: false });
  });

  it("moves a label to the left at the right edge of the area", () => {
    const box = placeLabels([req("a", 950, 100)], area).get("a");
    expect(box && box.x + box.w).toBeLessThanOrEqual(950);
  });

  it("never lets labels cover each other or any marker, in a tight cluster", () => {
    const cluster = markers({
      a: [500, 300],
      b: [520, 305],
      c: [490, 320],
      d: [510, 280],
      e: [530, 330],
      f: [480, 290],
    });
    const placed = placeLabels(cluster, area);
    const boxes = [...placed.values()].filter((b): b is Placement => b !== null);
    expect(boxes.length).toBeGreaterThan(2);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    for (const box of boxes)
      for (const m of cluster)
        expect(overlap(box, { x: m.x - m.r, y: m.y - m.r, w: 2 * m.r, h: 2 * m.r })).toBe(false);
  });

  it("gives the first in the list its first choice, and leaves out what has no room", () => {
    const first = req("first", 100, 100);
    const placed = placeLabels([first, req("second", 100, 100)], { w: 260, h: 140 });
    expect(placed.get("first")).toEqual({ x: 119, y: 85, w: 120, h: 30, far: false });
    expect(placed.get("second")).not.toEqual(placed.get("first"));
  });

  it("goes further out, marked far, only for a label allowed to reach", () => {
    // A point boxed in by four others on every side: nothing free next to it.
    const hemmedIn = [
      { ...req("red", 500, 300), reach: 3 },
      ...markers({
        n: [500, 255],
        s: [500, 345],
        e: [560, 300],
        w: [440, 300],
        ne: [580, 250],
        nw: [420, 250],
        se: [580, 350],
        sw: [420, 350],
      }),
    ];
    const near = placeLabels(
      hemmedIn.map((r) => ({ ...r, reach: 0 })),
      area,
    ).get("red");
    expect(near).toBeNull();
    const far = placeLabels(hemmedIn, area).get("red");
    expect(far?.far).toBe(true);
  });

  it("keeps clear of a reserved box such as the legend", () => {
    const legend = { x: 310, y: 80, w: 200, h: 40 };
    const box = placeLabels([req("a", 300, 100)], area, [legend]).get("a");
    expect(box).toEqual({ x: 161, y: 85, w: 120, h: 30, far: false });
  });
});
