import { selection } from 'd3-selection';

/**
 * What d3-zoom asks of d3-transition, for a zoom that is never animated. d3-zoom imports
 * d3-transition so that a gesture can stop a running zoom transition (`interrupt`, and
 * `selection.interrupt()` in `zoom.transform`); with it come d3-timer, d3-ease, d3-color and
 * most of d3-interpolate, about 25 KB minified (8 KB gzip), a tenth of what an embed
 * downloads. Paxoscope never starts a zoom transition: double-click zoom is off, every view
 * change is `zoom.transform` on a selection (panZoom.ts), and the view follows the cursor
 * frame by frame in its own loop. With nothing scheduled there is nothing to interrupt, so
 * both are the identity here; vite.config.ts puts this module in d3-transition's place, for
 * every build and the tests, so the app, the embed and the element run the same zoom.
 */
export function interrupt(): void {}

// d3-transition installs the same method on import; d3-zoom calls it on a selection.
selection.prototype.interrupt = function interruptNothing<T>(this: T): T {
  return this;
};
