import type { Context2D, Paint, PainterMessage } from '../paint';
import { applyPaint } from '../paint';

/**
 * The painter worker: owns one canvas (an OffscreenCanvas handed over by the page) and paints
 * the rounds the page plans, once per frame. Rounds that arrive between frames are painted
 * together; a round that clears makes the ones before it moot.
 */
let canvas: OffscreenCanvas | null = null;
let ctx: Context2D | null = null;
let queue: Paint[] = [];

const nextFrame: (paint: () => void) => void =
  typeof requestAnimationFrame === 'function'
    ? (paint) => requestAnimationFrame(paint)
    : (paint) => setTimeout(paint, 16);

function paintQueued(): void {
  const rounds = queue;
  queue = [];
  if (canvas === null || ctx === null) return;
  for (const round of rounds) applyPaint(canvas, ctx, round);
}

addEventListener('message', (event: MessageEvent<PainterMessage>) => {
  const message = event.data;
  if (message.kind === 'canvas') {
    canvas = message.canvas;
    ctx = canvas.getContext('2d');
    return;
  }
  if (queue.length === 0) nextFrame(paintQueued);
  if (message.paint.clear) queue = [];
  queue.push(message.paint);
});
