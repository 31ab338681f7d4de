import { describe, expect, it } from 'vitest';
import type { ArrowGeometry } from '../layout';
import type { Stroke, StrokedArrow } from './drawArrows';
import { planPaint } from './paintArrows';
import { strokePlan } from './strokePlan';

function geometry(y: number): ArrowGeometry {
  return { x1: 0, y1: y, x2: 100, y2: y + 30, progress: 1, headX: 100, headY: y + 30 };
}

function arrow(id: number, changes: Partial<StrokedArrow> = {}): StrokedArrow {
  return {
    id,
    path: geometry(id * 10),
    geometry: geometry(id * 10),
    type: 'Prepare',
    colour: 'ballot-0',
    fate: 'in-flight',
    copy: false,
    emphasis: 'none',
    hovered: false,
    ...changes,
  };
}

/** Each stroke as `id:path+outcome`, the parts it draws. */
function parts(strokes: readonly Stroke[]): string[] {
  return strokes.map(
    (s) => `${s.arrow.id}:${[s.path ? 'path' : '', s.outcome ? 'outcome' : ''].join('+')}`,
  );
}

describe('strokePlan', () => {
  it('strokes everything on an empty canvas: paths, and outcomes of what has ended', () => {
    const plan = strokePlan(new Map(), [arrow(1, { fate: 'delivered' }), arrow(2)]);
    expect(parts(plan.strokes)).toEqual(['1:path+outcome', '2:path+']);
  });

  it('adds only what is new while a run plays forward', () => {
    const first = strokePlan(new Map(), [arrow(1), arrow(2)]);
    const next = strokePlan(first.drawn, [arrow(1, { fate: 'delivered' }), arrow(2), arrow(3)]);
    expect(next.clear).toBe(false);
    expect(parts(next.strokes)).toEqual(['1:+outcome', '3:path+']);
  });

  it('adds a lost message’s cross over the path it was drawn with', () => {
    const first = strokePlan(new Map(), [arrow(1)]);
    const lost = arrow(1, { fate: 'dropped', geometry: geometry(3) });
    const next = strokePlan(first.drawn, [lost]);
    expect(next.clear).toBe(false);
    expect(parts(next.strokes)).toEqual(['1:+outcome']);
  });

  it('clears and strokes the lot when an arrow is gone or back in flight (a step back)', () => {
    const first = strokePlan(new Map(), [arrow(1, { fate: 'delivered' }), arrow(2)]);
    expect(strokePlan(first.drawn, [arrow(1, { fate: 'delivered' })]).clear).toBe(true);
    const back = strokePlan(first.drawn, [arrow(1), arrow(2)]);
    expect(back.clear).toBe(true);
    expect(parts(back.strokes)).toEqual(['1:path+', '2:path+']);
  });

  it('clears when an arrow looks different (moved, hovered, dimmed)', () => {
    const first = strokePlan(new Map(), [arrow(1), arrow(2)]);
    for (const changed of [
      arrow(2, { path: geometry(5) }),
      arrow(2, { hovered: true }),
      arrow(2, { emphasis: 'dimmed' }),
    ]) {
      const plan = strokePlan(first.drawn, [arrow(1), changed]);
      expect(plan.clear).toBe(true);
      expect(plan.strokes).toHaveLength(2);
    }
  });
});

describe('planPaint', () => {
  const style = { colour: { Prepare: '#0072b2' }, width: 2 };
  const surface = { width: 800, height: 400, ratio: 1 };

  it('paints only new strokes on the same surface and style', () => {
    const first = planPaint(null, [arrow(1)], style, surface);
    expect(first.paint.clear).toBe(true);
    const next = planPaint(first.painted, [arrow(1), arrow(2)], style, surface);
    expect(next.paint.clear).toBe(false);
    expect(parts(next.paint.strokes)).toEqual(['2:path+']);
  });

  it('paints everything again on a new size or a new style (a theme, a zoom of the type)', () => {
    const first = planPaint(null, [arrow(1)], style, surface);
    const resized = planPaint(first.painted, [arrow(1)], style, { ...surface, height: 500 });
    expect(resized.paint.clear).toBe(true);
    expect(parts(resized.paint.strokes)).toEqual(['1:path+']);
    const themed = planPaint(first.painted, [arrow(1)], { ...style, width: 3 }, surface);
    expect(themed.paint.clear).toBe(true);
  });
});
