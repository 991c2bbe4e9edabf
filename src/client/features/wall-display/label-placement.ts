export type Box = { x: number; y: number; w: number; h: number };
/** A point to label, its label's measured size, and the room its marker takes around it. */
export type LabelRequest = {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  r: number;
  /** How many label heights further out it may go when no spot next to its marker is free. */
  reach?: number;
};
/** Where a label went; `far` when it is not next to its marker (a leader line should join them). */
export type Placement = Box & { far: boolean };

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Where a label may go around its marker, in the order tried: beside first, then above, below. */
function candidates({ x, y, w, h, r }: LabelRequest, gap: number, ring: number): Box[] {
  const side = r + gap + ring * (h + gap);
  return [
    { x: x + side, y: y - h / 2, w, h },
    { x: x - side - w, y: y - h / 2, w, h },
    { x: x - w / 2, y: y - side - h, w, h },
    { x: x - w / 2, y: y + side, w, h },
    { x: x + side * 0.7, y: y - side * 0.7 - h, w, h },
    { x: x + side * 0.7, y: y + side * 0.7, w, h },
    { x: x - side * 0.7 - w, y: y - side * 0.7 - h, w, h },
    { x: x - side * 0.7 - w, y: y + side * 0.7, w, h },
  ];
}

/**
 * Greedy placement in the order given (most important first): each label takes the first spot
 * around its marker that stays inside the area and covers no marker, no label placed before it
 * and no reserved box (a legend); if none is free next to the marker, further out, up to its
 * `reach`. A label with no such spot is left out (null), never drawn over another.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: { w: number; h: number },
  reserved: readonly Box[] = [],
  gap = 4,
): Map<string, Placement | null> {
  const markers: Box[] = requests.map(({ x, y, r }) => ({
    x: x - r,
    y: y - r,
    w: 2 * r,
    h: 2 * r,
  }));
  const taken: Box[] = [...reserved];
  const placed = new Map<string, Placement | null>();
  const free = (box: Box) =>
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.w <= area.w &&
    box.y + box.h <= area.h &&
    !markers.some((m) => overlaps(box, m)) &&
    !taken.some((t) => overlaps(box, t));
  for (const request of requests) {
    let spot: Placement | null = null;
    for (let ring = 0; ring <= (request.reach ?? 0) && !spot; ring++) {
      const box = candidates(request, gap, ring).find(free);
      if (box) spot = { ...box, far: ring > 0 };
    }
    placed.set(request.id, spot);
    if (spot) taken.push(spot);
  }
  return placed;
}
