import type { ArrowStyle, Context2D, Stroke, StrokedArrow } from './drawArrows';
import { drawArrows } from './drawArrows';
import type { Drawn } from './strokePlan';
import { strokePlan } from './strokePlan';

/** The canvas's size in CSS pixels and the device pixels per CSS pixel. */
export interface Surface {
  width: number;
  height: number;
  ratio: number;
}

/** What a canvas was last stroked for: arrows drawn with one style on one surface. */
export interface Painted {
  key: string;
  drawn: Drawn;
}

/** One round of painting: clear first or not, then these strokes, in this style, on this surface. */
export interface Paint {
  clear: boolean;
  strokes: readonly Stroke[];
  style: ArrowStyle;
  surface: Surface;
}

/**
 * What to paint to bring a canvas from what it holds up to `arrows`: only the new strokes while
 * a run plays forward, everything again after a new size or style.
 */
export function planPaint(
  painted: Painted | null,
  arrows: readonly StrokedArrow[],
  style: ArrowStyle,
  surface: Surface,
): { paint: Paint; painted: Painted } {
  const key = JSON.stringify([style, surface]);
  const same = painted !== null && painted.key === key;
  const plan = strokePlan(same ? painted.drawn : new Map(), arrows);
  return {
    paint: { clear: plan.clear || !same, strokes: plan.strokes, style, surface },
    painted: { key, drawn: plan.drawn },
  };
}

/**
 * Paints one round onto a canvas, on the page or in the painter worker. Sizing the bitmap for
 * the surface empties it when the size changed, which a planned round clears anyway.
 */
export function applyPaint(
  canvas: HTMLCanvasElement | OffscreenCanvas,
  ctx: Context2D,
  paint: Paint,
): void {
  const { surface } = paint;
  const width = Math.round(surface.width * surface.ratio);
  const height = Math.round(surface.height * surface.ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  ctx.setTransform(surface.ratio, 0, 0, surface.ratio, 0, 0);
  if (paint.clear) ctx.clearRect(0, 0, surface.width, surface.height);
  drawArrows(ctx, paint.strokes, paint.style);
}
