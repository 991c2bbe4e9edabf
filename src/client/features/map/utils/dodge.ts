/**
 * Pushes overlapping markers apart on screen, so each stays a separate target at least 24 px wide
 * (WCAG 2.5.8) and none hides another. Markers are compared as squares, as a browser hit-tests
 * their boxes; a big marker moves less than a small one. Pure: pixels in, pixels out.
 */
export type Square = { x: number; y: number; half: number };

export function dodge(
  squares: readonly Square[],
  gap = 2,
  maxIterations = 80,
): { x: number; y: number }[] {
  const out = squares.map(({ x, y }) => ({ x, y }));
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let moved = false;
    for (let i = 0; i < out.length; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i];
        const b = out[j];
        const reach = squares[i].half + squares[j].half + gap;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        const overlapX = reach - Math.abs(dx);
        const overlapY = reach - Math.abs(dy);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        // Same spot: part them in a direction fixed by their order, so the result is stable.
        if (dx === 0 && dy === 0) {
          dx = Math.cos(j * 2.399);
          dy = Math.sin(j * 2.399);
        }
        const areaA = squares[i].half ** 2;
        const areaB = squares[j].half ** 2;
        const shareA = areaB / (areaA + areaB);
        // The shorter way out: along the axis that overlaps less.
        if (overlapX < overlapY) {
          const push = (overlapX + 0.01) * Math.sign(dx || 1);
          a.x -= push * shareA;
          b.x += push * (1 - shareA);
        } else {
          const push = (overlapY + 0.01) * Math.sign(dy || 1);
          a.y -= push * shareA;
          b.y += push * (1 - shareA);
        }
      }
    }
    if (!moved) break;
  }
  return out;
}
