import type { ArrowStyle, StrokedArrow } from './drawArrows';
import type { Paint, Painted, Surface } from './paintArrows';
import { applyPaint, planPaint } from './paintArrows';

/** What the page sends the painter worker: its canvas once, then rounds of strokes. */
export type PainterMessage =
  { kind: 'canvas'; canvas: OffscreenCanvas } | { kind: 'paint'; paint: Paint };

/** Strokes the arrows of one canvas, in a worker where the host offers one, else on the page. */
export interface Painter {
  paint(arrows: readonly StrokedArrow[], style: ArrowStyle, surface: Surface): void;
}

/** Plans each round on the page (it knows what the canvas holds) and hands it to `apply`. */
function planned(apply: (paint: Paint) => void): Painter {
  let painted: Painted | null = null;
  return {
    paint(arrows, style, surface) {
      const next = planPaint(painted, arrows, style, surface);
      painted = next.painted;
      if (next.paint.clear || next.paint.strokes.length > 0) apply(next.paint);
    },
  };
}

function pagePainter(canvas: HTMLCanvasElement): Painter {
  return planned((paint) => {
    const ctx = canvas.getContext('2d');
    if (ctx !== null) applyPaint(canvas, ctx, paint);
  });
}

/**
 * Rasterising strokes is the costliest part of a frame at top speed, and it happens on the
 * thread that owns the canvas: handing the canvas to a worker (OffscreenCanvas) leaves the
 * page's thread free for everything else. Only each round's new strokes cross over. A host
 * without workers (the custom element, a saved page) or a browser without OffscreenCanvas
 * paints on the page.
 */
function workerPainter(canvas: HTMLCanvasElement, worker: Worker): Painter {
  const offscreen = canvas.transferControlToOffscreen();
  worker.postMessage({ kind: 'canvas', canvas: offscreen } satisfies PainterMessage, [offscreen]);
  return planned((paint) => worker.postMessage({ kind: 'paint', paint } satisfies PainterMessage));
}

interface PainterOfCanvas {
  painter: Painter;
  worker: Worker | null;
  release: ReturnType<typeof setTimeout> | null;
}

// A canvas handed to a worker stays the worker's: a painter outlives an effect that is undone
// and done again at once (React's StrictMode does this) and ends only when its canvas is gone.
const held = new WeakMap<HTMLCanvasElement, PainterOfCanvas>();

/** The painter of `canvas`, made on first use with the host's worker when there is one. */
export function acquirePainter(
  canvas: HTMLCanvasElement,
  makeWorker: (() => Worker) | null,
): Painter {
  const existing = held.get(canvas);
  if (existing !== undefined) {
    if (existing.release !== null) clearTimeout(existing.release);
    existing.release = null;
    return existing.painter;
  }
  let entry: PainterOfCanvas = { painter: pagePainter(canvas), worker: null, release: null };
  if (makeWorker !== null && typeof canvas.transferControlToOffscreen === 'function') {
    try {
      const worker = makeWorker();
      entry = { painter: workerPainter(canvas, worker), worker, release: null };
    } catch {
      // No worker after all (a blocked script): the page paints.
    }
  }
  held.set(canvas, entry);
  return entry.painter;
}

/** Lets the painter of `canvas` go, unless the canvas is taken up again right away. */
export function releasePainter(canvas: HTMLCanvasElement): void {
  const entry = held.get(canvas);
  if (entry === undefined) return;
  entry.release = setTimeout(() => {
    entry.worker?.terminate();
    held.delete(canvas);
  }, 0);
}
