import type { Context2D } from './drawArrows';
import type { Painted } from './paintArrows';
import { fitCanvas, paintArrows } from './paintArrows';
import type { PainterMessage } from './painter';

/**
 * The painter worker: owns one canvas (an OffscreenCanvas handed over by the page) and strokes
 * the arrows it is sent. Only the latest request is painted, once per frame: a step that came
 * and went while the worker was busy needs no pixels of its own, as strokePlan works out what
 * is new from what the canvas holds.
 */
let canvas: OffscreenCanvas | null = null;
let ctx: Context2D | null = null;
let painted: Painted | null = null;
let pending: Extract<PainterMessage, { kind: 'paint' }> | null = null;

const nextFrame: (paint: () => void) => void =
  typeof requestAnimationFrame === 'function'
    ? (paint) => requestAnimationFrame(paint)
    : (paint) => setTimeout(paint, 16);

function paint(): void {
  const request = pending;
  pending = null;
  if (request === null || canvas === null || ctx === null) return;
  fitCanvas(canvas, request.surface);
  painted = paintArrows(ctx, painted, request.arrows, request.style, request.surface);
}

addEventListener('message', (event: MessageEvent<PainterMessage>) => {
  const message = event.data;
  if (message.kind === 'canvas') {
    canvas = message.canvas;
    ctx = canvas.getContext('2d');
    painted = null;
    return;
  }
  if (pending === null) nextFrame(paint);
  pending = message;
});
