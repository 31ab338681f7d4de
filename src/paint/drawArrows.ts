import type { ArrowGeometry, ArrowLook } from '../layout';
import {
  ARROW_HEAD,
  arrowCap,
  arrowDash,
  arrowWidth,
  LOST_BAR_HALF,
  lostBarAlpha,
  lostBarWidth,
  outcomeAlpha,
  pathAlpha,
} from '../layout';
import type { Fate } from '../trace';

/** One arrow to stroke: where, what kind, what became of it, and how much it stands out. */
export interface StrokedArrow extends ArrowLook {
  id: number;
  /** The whole way it was sent, to its planned arrival: what its faint path shows. */
  path: ArrowGeometry;
  /** Where it ended: the same line when delivered, shorter when lost. */
  geometry: ArrowGeometry;
  /** Which colour of ArrowStyle it takes: its ballot's (`ballot-2`), or its kind's. */
  colour: string;
  fate: Fate;
}

/**
 * What to stroke of one arrow: its faint path (every message has one from the moment it is
 * sent), what became of it (a head on arrival, a bar where it was lost), or both.
 */
export interface Stroke {
  arrow: StrokedArrow;
  path: boolean;
  outcome: boolean;
}

/** A 2D context on the page or in a worker: drawing is the same on both. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface ArrowStyle {
  /** Resolved colours by ballot colour (`ballot-0`…) and message type, plus `lost` for its bar. */
  colour: Record<string, string>;
  /** The base stroke width in CSS pixels (0.13rem). */
  width: number;
}

/**
 * The outcome is stroked over the faint path along the same line, so its own opacity is what
 * makes the two together look as opaque as outcomeAlpha says.
 */
function overPathAlpha(a: StrokedArrow, fate: 'delivered' | 'dropped'): number {
  return 1 - (1 - outcomeAlpha(a, fate)) / (1 - pathAlpha(a));
}

/** The head of ARROW_HEAD: a triangle whose tip is on the line's end, 7 stroke widths long. */
function head(ctx: Context2D, g: ArrowGeometry, width: number): void {
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

/** The bar of layout/marks.ts `barPath` across the line's end: where a lost message stopped. */
function bar(ctx: Context2D, g: ArrowGeometry, width: number): void {
  const length = Math.hypot(g.x2 - g.x1, g.y2 - g.y1) || 1;
  const nx = (-(g.y2 - g.y1) / length) * LOST_BAR_HALF;
  const ny = ((g.x2 - g.x1) / length) * LOST_BAR_HALF;
  ctx.lineWidth = lostBarWidth(width);
  ctx.setLineDash([]);
  ctx.lineCap = 'round';
  ctx.beginPath();
  ctx.moveTo(g.x2 - nx, g.y2 - ny);
  ctx.lineTo(g.x2 + nx, g.y2 + ny);
  ctx.stroke();
}

function line(ctx: Context2D, a: StrokedArrow, g: ArrowGeometry, colour: string, width: number) {
  ctx.strokeStyle = colour;
  ctx.lineWidth = width;
  ctx.lineCap = arrowCap(a.type);
  ctx.setLineDash(arrowDash(a.type));
  ctx.beginPath();
  ctx.moveTo(g.x1, g.y1);
  ctx.lineTo(g.x2, g.y2);
  ctx.stroke();
}

/**
 * Strokes arrows onto a canvas, over what it already holds. A message's path is its faint line
 * to where it is going (its packet is drawn in the SVG above); when it has arrived, the same
 * line again, opaque, with a head on the receiver's lane; when it was lost, a stronger line to
 * where that happened and a bar across, the rest of its way left faint. Path and outcome are
 * separate strokes so a canvas that already shows a message in flight needs only its outcome
 * when it ends. How each looks is layout/arrowStyle.ts, which the SVG export reads too. One
 * bitmap instead of hundreds of vector strokes is what keeps playing a heavy run smooth.
 */
export function drawArrows(ctx: Context2D, strokes: readonly Stroke[], style: ArrowStyle): void {
  for (const { arrow: a, path, outcome } of strokes) {
    const width = arrowWidth(a, style.width);
    const colour = style.colour[a.colour] ?? '#000';
    if (path) {
      ctx.globalAlpha = pathAlpha(a);
      line(ctx, a, a.path, colour, width);
    }
    if (outcome && a.fate !== 'in-flight') {
      ctx.globalAlpha = overPathAlpha(a, a.fate);
      ctx.fillStyle = colour;
      line(ctx, a, a.geometry, colour, width);
      if (a.fate === 'delivered') head(ctx, a.geometry, width);
      else {
        ctx.globalAlpha = lostBarAlpha(a);
        ctx.strokeStyle = style.colour.lost ?? '#b34700';
        bar(ctx, a.geometry, style.width);
      }
    }
  }
  ctx.globalAlpha = 1;
}
