import { describe, expect, it } from 'vitest';
import type { ArrowGeometry } from '../../layout';
import type { StrokedArrow } from './drawArrows';
import { strokePlan } from './strokePlan';

function geometry(y: number): ArrowGeometry {
  return { x1: 0, y1: y, x2: 100, y2: y + 30, progress: 1, headX: 100, headY: y + 30 };
}

function arrow(id: number, changes: Partial<StrokedArrow> = {}): StrokedArrow {
  return {
    id,
    geometry: geometry(id * 10),
    type: 'Prepare',
    fate: 'delivered',
    copy: false,
    emphasis: 'none',
    hovered: false,
    ...changes,
  };
}

describe('strokePlan', () => {
  it('strokes everything on an empty canvas', () => {
    const plan = strokePlan(new Map(), [arrow(1), arrow(2)]);
    expect(plan.strokes.map((a) => a.id)).toEqual([1, 2]);
    expect([...plan.drawn.keys()]).toEqual([1, 2]);
  });

  it('adds only the newcomers while a run plays forward', () => {
    const first = strokePlan(new Map(), [arrow(1), arrow(2)]);
    const next = strokePlan(first.drawn, [arrow(1), arrow(2), arrow(3)]);
    expect(next.clear).toBe(false);
    expect(next.strokes.map((a) => a.id)).toEqual([3]);
  });

  it('clears and strokes the lot when an arrow is gone (a step back)', () => {
    const first = strokePlan(new Map(), [arrow(1), arrow(2)]);
    const back = strokePlan(first.drawn, [arrow(1)]);
    expect(back.clear).toBe(true);
    expect(back.strokes.map((a) => a.id)).toEqual([1]);
  });

  it('clears when an arrow looks different (moved, hovered, dimmed, lost)', () => {
    const first = strokePlan(new Map(), [arrow(1), arrow(2)]);
    for (const changed of [
      arrow(2, { geometry: geometry(5) }),
      arrow(2, { hovered: true }),
      arrow(2, { emphasis: 'dimmed' }),
      arrow(2, { fate: 'dropped' }),
    ]) {
      const plan = strokePlan(first.drawn, [arrow(1), changed]);
      expect(plan.clear).toBe(true);
      expect(plan.strokes).toHaveLength(2);
    }
  });
});
