import type { ArrowStyle, Context2D, StrokedArrow } from './drawArrows';
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

/**
 * Brings a canvas up to `arrows`: only the new strokes while a run plays forward, everything
 * again after a new size or style (a resized canvas is also an empty one). The same code runs
 * in the painter worker and, where there is none, on the page.
 */
export function paintArrows(
  ctx: Context2D,
  painted: Painted | null,
  arrows: readonly StrokedArrow[],
  style: ArrowStyle,
  surface: Surface,
): Painted {
  const key = JSON.stringify([style, surface]);
  const same = painted !== null && painted.key === key;
  const plan = strokePlan(same ? painted.drawn : new Map(), arrows);
  ctx.setTransform(surface.ratio, 0, 0, surface.ratio, 0, 0);
  if (plan.clear || !same) ctx.clearRect(0, 0, surface.width, surface.height);
  drawArrows(ctx, plan.strokes, style);
  return { key, drawn: plan.drawn };
}

/** Sizes the canvas's bitmap for a surface, which also empties it when the size changes. */
export function fitCanvas(canvas: HTMLCanvasElement | OffscreenCanvas, surface: Surface): void {
  const width = Math.round(surface.width * surface.ratio);
  const height = Math.round(surface.height * surface.ratio);
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
}
