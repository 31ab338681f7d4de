import type { Stroke, StrokedArrow } from './drawArrows';

/** What a canvas holds of one arrow: the arrow as stroked, how its path looks, its outcome. */
interface HeldArrow {
  arrow: StrokedArrow;
  look: string;
  settled: boolean;
}

/** What a canvas holds: each arrow it has stroked, by message id. */
export type Drawn = ReadonlyMap<number, HeldArrow>;

export interface StrokePlan {
  /** Clear the canvas and stroke every arrow, or only add `strokes` to what is there. */
  clear: boolean;
  strokes: readonly Stroke[];
  drawn: Drawn;
}

/** Everything that decides an arrow's pixels but its fate. */
function lookOf(a: StrokedArrow): string {
  const g = a.path;
  return `${g.x1},${g.y1},${g.x2},${g.y2},${a.type},${a.colour},${a.copy},${a.emphasis},${a.hovered}`;
}

/**
 * How to bring a canvas from what it holds to `arrows`. A canvas keeps its pixels, and while a
 * run plays forward an arrow only ever gains strokes: its faint path when it is sent, its
 * outcome (a head, or a cross) when it ends. So each step strokes only what is new. Anything
 * else (an arrow gone or changed, after a step back, a zoom or a click) clears and strokes the
 * lot, since pixels cannot be taken back one arrow at a time.
 */
export function strokePlan(drawn: Drawn, arrows: readonly StrokedArrow[]): StrokePlan {
  const next = new Map<number, HeldArrow>();
  const added: Stroke[] = [];
  let kept = 0;
  let appendOnly = true;
  for (const a of arrows) {
    const before = drawn.get(a.id);
    // The same arrow object as last time looks the same: no need to spell out its look.
    if (before !== undefined && before.arrow === a) {
      next.set(a.id, before);
      kept++;
      continue;
    }
    const held: HeldArrow = { arrow: a, look: lookOf(a), settled: a.fate !== 'in-flight' };
    next.set(a.id, held);
    if (before === undefined) {
      added.push({ arrow: a, path: true, outcome: held.settled });
      continue;
    }
    kept++;
    if (before.look !== held.look || (before.settled && !held.settled)) appendOnly = false;
    else if (held.settled && !before.settled) added.push({ arrow: a, path: false, outcome: true });
  }
  if (appendOnly && kept === drawn.size) return { clear: false, strokes: added, drawn: next };
  const all = arrows.map((a) => ({ arrow: a, path: true, outcome: a.fate !== 'in-flight' }));
  return { clear: true, strokes: all, drawn: next };
}
