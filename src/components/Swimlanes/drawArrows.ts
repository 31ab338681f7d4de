import type { ArrowGeometry } from '../../layout';
import { ARROW_HEAD, LOST_CROSS_HALF } from '../../layout';
import type { Fate } from '../../trace';

/** One settled arrow to stroke: where, what kind, what became of it, how much it stands out. */
export interface StrokedArrow {
  id: number;
  geometry: ArrowGeometry;
  type: string;
  fate: Exclude<Fate, 'in-flight'>;
  copy: boolean;
  emphasis: 'none' | 'related' | 'selected' | 'dimmed';
  hovered: boolean;
}

export interface ArrowStyle {
  /** Resolved colours by message type, plus `lost` for the cross. */
  colour: Record<string, string>;
  /** The base stroke width in CSS pixels (0.13rem). */
  width: number;
}

/** Replies are dashed, a refusal dotted, requests solid: colour is never the only cue. */
const DASH: Record<string, number[]> = {
  Promise: [7, 4],
  Accepted: [7, 4],
  Response: [7, 4],
  Nack: [2, 4],
};

function widthOf(a: StrokedArrow, base: number): number {
  const factor =
    a.emphasis === 'selected' ? 2 : a.emphasis === 'related' ? 1.4 : a.hovered ? 1.7 : 1;
  return base * (a.copy ? 0.62 : 1) * factor;
}

function alphaOf(a: StrokedArrow): number {
  if (a.emphasis === 'dimmed') return 0.16;
  return a.fate === 'dropped' ? 0.55 : 1;
}

/** The head of ARROW_HEAD: a triangle whose tip is on the line's end, 7 stroke widths long. */
function head(ctx: CanvasRenderingContext2D, g: ArrowGeometry, width: number): void {
  const angle = Math.atan2(g.y2 - g.y1, g.x2 - g.x1);
  const unit = (ARROW_HEAD.size * width) / 10;
  const back = -ARROW_HEAD.refX * unit;
  const half = (10 - ARROW_HEAD.refY) * unit;
  ctx.save();
  ctx.translate(g.x2, g.y2);
  ctx.rotate(angle);
  ctx.beginPath();
  ctx.moveTo(unit, 0);
  ctx.lineTo(back, -half);
  ctx.lineTo(back, half);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

function cross(ctx: CanvasRenderingContext2D, x: number, y: number, width: number): void {
  const h = LOST_CROSS_HALF;
  ctx.lineWidth = width * 1.4;
  ctx.setLineDash([]);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(x - h, y - h);
  ctx.lineTo(x + h, y + h);
  ctx.moveTo(x - h, y + h);
  ctx.lineTo(x + h, y - h);
  ctx.stroke();
}

/**
 * Strokes settled arrows onto a canvas, over what it already holds: a delivered message with
 * its head on the receiver's lane, a lost one stopping short with a cross. One bitmap instead of
 * hundreds of vector strokes is what keeps playing a heavy run smooth.
 */
export function drawArrows(
  ctx: CanvasRenderingContext2D,
  arrows: readonly StrokedArrow[],
  style: ArrowStyle,
): void {
  for (const a of arrows) {
    const g = a.geometry;
    const width = widthOf(a, style.width);
    const colour = style.colour[a.type] ?? '#000';
    ctx.globalAlpha = alphaOf(a);
    ctx.strokeStyle = colour;
    ctx.fillStyle = colour;
    ctx.lineWidth = width;
    ctx.lineCap = a.type === 'Nack' ? 'round' : 'butt';
    ctx.setLineDash(DASH[a.type] ?? []);
    ctx.beginPath();
    ctx.moveTo(g.x1, g.y1);
    ctx.lineTo(g.x2, g.y2);
    ctx.stroke();
    if (a.fate === 'delivered') head(ctx, g, width);
    if (a.fate === 'dropped') {
      ctx.globalAlpha = a.emphasis === 'dimmed' ? 0.16 : 1;
      ctx.strokeStyle = style.colour.lost ?? '#b34700';
      cross(ctx, g.x2, g.y2, style.width);
    }
  }
  ctx.globalAlpha = 1;
}
