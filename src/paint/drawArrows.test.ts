import { describe, expect, it } from 'vitest';
import type { ArrowGeometry } from '../layout';
import { arrowDash } from '../layout';
import type { Context2D, StrokedArrow } from './drawArrows';
import { drawArrows } from './drawArrows';

/** A context that records the segments stroked and the colour each was stroked in. */
function recorder() {
  const segments: { colour: string; points: [number, number][]; dash: number[]; width: number }[] =
    [];
  let points: [number, number][] = [];
  let dash: number[] = [];
  const ctx = {
    strokeStyle: '',
    fillStyle: '',
    lineWidth: 1,
    lineCap: 'butt',
    globalAlpha: 1,
    setLineDash(segments: number[]) {
      dash = [...segments];
    },
    beginPath() {
      points = [];
    },
    moveTo(x: number, y: number) {
      points.push([x, y]);
    },
    lineTo(x: number, y: number) {
      points.push([x, y]);
    },
    stroke() {
      segments.push({ colour: String(ctx.strokeStyle), points, dash, width: ctx.lineWidth });
    },
    save() {},
    restore() {},
    translate() {},
    rotate() {},
    closePath() {},
    fill() {},
  };
  return { ctx: ctx as unknown as Context2D, segments };
}

const across: ArrowGeometry = { x1: 0, y1: 0, x2: 100, y2: 0, progress: 1, headX: 100, headY: 0 };

function arrow(changes: Partial<StrokedArrow>): StrokedArrow {
  return {
    id: 1,
    path: across,
    geometry: across,
    type: 'Accept',
    colour: 'ballot-1',
    fate: 'delivered',
    copy: false,
    emphasis: 'none',
    hovered: false,
    ...changes,
  };
}

const style = { colour: { 'ballot-1': 'orange', Accept: 'red', lost: 'brown' }, width: 2 };

describe('drawArrows', () => {
  it("strokes a message in its ballot's colour, not its kind's", () => {
    const { ctx, segments } = recorder();
    drawArrows(ctx, [{ arrow: arrow({}), path: true, outcome: true }], style);
    expect(segments.map((s) => s.colour)).toEqual(['orange', 'orange']);
  });

  it('dashes each kind as arrowStyle says, which the SVG export reads too; a duplicate thinner', () => {
    for (const type of ['Prepare', 'Promise', 'Accept', 'Accepted', 'Nack', 'Response']) {
      const { ctx, segments } = recorder();
      drawArrows(ctx, [{ arrow: arrow({ type }), path: true, outcome: false }], style);
      expect(segments[0]!.dash).toEqual(arrowDash(type));
    }
    const widths = [false, true].map((copy) => {
      const { ctx, segments } = recorder();
      drawArrows(ctx, [{ arrow: arrow({ copy }), path: true, outcome: false }], style);
      return segments[0]!.width;
    });
    expect(widths[1]).toBeLessThan(widths[0]!);
  });

  it('ends a lost message with one bar across its line, not a cross', () => {
    const { ctx, segments } = recorder();
    const lost = arrow({ fate: 'dropped', geometry: { ...across, x2: 60, headX: 60 } });
    drawArrows(ctx, [{ arrow: lost, path: false, outcome: true }], style);
    const mark = segments.at(-1)!;
    expect(mark.colour).toBe('brown');
    // One segment, square to the horizontal line, centred where the message stopped.
    expect(mark.points).toHaveLength(2);
    const [[ax, ay], [bx, by]] = mark.points as [[number, number], [number, number]];
    expect(ax).toBeCloseTo(60);
    expect(bx).toBeCloseTo(60);
    expect((ay + by) / 2).toBeCloseTo(0);
    expect(Math.abs(by - ay)).toBeGreaterThan(8);
  });
});
