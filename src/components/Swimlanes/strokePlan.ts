import type { StrokedArrow } from './drawArrows';

/** What a canvas holds: each arrow it has stroked, by message id, with how it looked. */
export type Drawn = ReadonlyMap<number, string>;

export interface StrokePlan {
  /** Clear the canvas and stroke every arrow, or only add `strokes` to what is there. */
  clear: boolean;
  strokes: readonly StrokedArrow[];
  drawn: Drawn;
}

/** Everything that decides an arrow's pixels; two arrows with one look stroke the same. */
function lookOf(a: StrokedArrow): string {
  const g = a.geometry;
  return `${g.x1},${g.y1},${g.x2},${g.y2},${a.type},${a.fate},${a.copy},${a.emphasis},${a.hovered}`;
}

/**
 * How to bring a canvas from what it holds to `arrows`. A canvas keeps its pixels, so while
 * a run plays forward only the arrows that just settled need stroking: everything already on
 * it is still there, looking the same. Anything else (an arrow gone or changed, after a step
 * back, a zoom or a click) clears and strokes the lot, since pixels cannot be taken back one
 * arrow at a time.
 */
export function strokePlan(drawn: Drawn, arrows: readonly StrokedArrow[]): StrokePlan {
  const next = new Map<number, string>();
  const fresh: StrokedArrow[] = [];
  let kept = 0;
  for (const a of arrows) {
    const look = lookOf(a);
    next.set(a.id, look);
    const before = drawn.get(a.id);
    if (before === look) kept++;
    else if (before === undefined) fresh.push(a);
  }
  const appendOnly = kept === drawn.size;
  return appendOnly
    ? { clear: false, strokes: fresh, drawn: next }
    : { clear: true, strokes: arrows, drawn: next };
}
