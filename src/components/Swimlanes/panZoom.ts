import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { TimeView } from '../../layout';

export interface PanZoomOptions {
  /** Called for every change of view, and whether the user caused it (wheel, drag, pinch). */
  onView(view: TimeView, byUser: boolean): void;
  pxPerTickMin: number;
  pxPerTickMax: number;
}

export interface PanZoom {
  /** Moves the view without counting as a user gesture. */
  setView(view: TimeView): void;
  destroy(): void;
}

/**
 * d3-zoom, wrapped once (as xyflow wraps it in XYPanZoom): wheel zooms the time axis around the
 * pointer, drag and touch pan it. Only the vertical axis moves; lanes keep their columns.
 * The zoom transform maps to a TimeView: pxPerTick = k, start = -y / k.
 */
export function createPanZoom(element: SVGSVGElement, options: PanZoomOptions): PanZoom {
  let applying = false;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .scaleExtent([options.pxPerTickMin, options.pxPerTickMax])
    // Plain wheel zooms; a wheel with Shift scrolls, like a long document.
    .filter((event: Event) => !(event instanceof MouseEvent && event.button !== 0))
    .on('zoom', (event) => {
      const { k, y } = event.transform;
      options.onView({ start: -y / k, pxPerTick: k }, !applying && event.sourceEvent != null);
    });
  const selection = select(element);
  selection.call(behaviour).on('dblclick.zoom', null);
  return {
    setView(view) {
      applying = true;
      behaviour.transform(
        selection,
        zoomIdentity.translate(0, -view.start * view.pxPerTick).scale(view.pxPerTick),
      );
      applying = false;
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
