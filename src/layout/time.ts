/** The part of the time axis on screen: the tick at the top and the zoom. */
export interface TimeView {
  start: number;
  pxPerTick: number;
}

/** Tick → y in pixels for a view, and the ticks the view spans (its domain). */
export interface TimeScale {
  (tick: number): number;
  domain(): [number, number];
}

/**
 * Time runs down the page: tick → y in pixels for the view, over a viewport `height` tall. A
 * linear map written out rather than d3's scaleLinear: this is all the diagram asks of a
 * scale, and d3-scale brings its interpolators, colours and number formats with it, about
 * 4 KB gzip of the embed's 80 KB budget.
 */
export function timeScale(view: TimeView, height: number): TimeScale {
  const { start, pxPerTick } = view;
  const scale = (tick: number) => (tick - start) * pxPerTick;
  return Object.assign(scale, {
    domain: (): [number, number] => [start, start + height / pxPerTick],
  });
}

/**
 * The zoom a run opens at: short runs (like the seed's six ticks) fit the screen, long runs
 * show about a dozen ticks at a time and scroll with the cursor.
 */
export function initialView(end: number, height: number): TimeView {
  const fits = end <= 14;
  const visible = (fits ? Math.max(end, 1) : 12) + 1.5;
  return { start: -0.6, pxPerTick: Math.max(fits ? 12 : 36, Math.min(160, height / visible)) };
}

/** Room kept above tick 0 and below the run's end in a whole-run view, in px. */
const FIT_PAD_PX = 16;
/** The zoom range of the diagram, in px per tick: a whole-run view never leaves it either. */
export const PX_PER_TICK_MIN = 1;
export const PX_PER_TICK_MAX = 400;

/**
 * The whole run on one screen (Fit): tick 0 at the top and the run's end at the bottom, each
 * with a little room so their arrows and labels are not cut, and `clearBottom` px kept free
 * at the bottom (where the view's buttons sit over the story's end). The end keeps its room
 * above those pixels too: at the end of a run the cursor is there, and its line would
 * otherwise run along the buttons' top edge, half under them. A short run is not blown up
 * past a readable zoom; a run too long for the screen even at the smallest zoom shows its
 * start (the cursor is followed from there).
 */
export function fitView(end: number, height: number, clearBottom = 0): TimeView {
  const ticks = Math.max(end, 1);
  const room = height - FIT_PAD_PX - (clearBottom + FIT_PAD_PX);
  const pxPerTick = Math.max(PX_PER_TICK_MIN, Math.min(160, room / ticks));
  // Centred in its room when the run takes less, so a short run does not hang from the top.
  const spare = Math.max(0, room - ticks * pxPerTick);
  return { start: -(FIT_PAD_PX + spare / 2) / pxPerTick, pxPerTick };
}

/** The fewest ticks a diagram shows before the followed view keeps room below the cursor. */
const ROOMY_TICKS = 6;

/**
 * The view that keeps `time` in sight. While the cursor is on screen, with room below it for the
 * messages in flight, nothing moves. When playing carries it into that room, the view turns a
 * page so it is near the top again (a still diagram is easier to follow on a projector, and
 * costs no repaint per frame). When a seek jumps far
 * away, or a run opens (`arriving`: a shared link's position) beyond its first page, the view
 * puts it three quarters down, so what led there is in sight above it. Either way the view
 * stops at the end of the run rather than show empty ticks after it, even when it grows.
 */
export function followTime(
  view: TimeView,
  height: number,
  time: number,
  runEnd: number,
  arriving = false,
): TimeView {
  const visible = height / view.pxPerTick;
  const margin = Math.min(1, visible * 0.1);
  // The messages in flight are drawn below the cursor, reaching their receivers about a tick
  // later: the view keeps a tick and a half under it (none past the run's end, where nothing
  // is in flight), so they are not cut at the bottom edge. A diagram of only a few ticks (a
  // narrow embed) keeps none: there a page turned that early would take the run's start, the
  // client's request, out of sight while the first messages are still being sent.
  const inFlightRoom = visible >= ROOMY_TICKS ? Math.min(1.5, visible * 0.2) : 0;
  const seenTo = Math.max(time + margin * 0.5, Math.min(time + inFlightRoom, runEnd));
  // Never scroll past the end of the run: the last page shows the run's end at the bottom.
  const latest = Math.max(-0.6, runEnd + margin - visible);
  const end = view.start + visible;
  if (time >= view.start && seenTo <= end) {
    // A diagram that grew taller (a question card closed, a window resized) shows empty ticks
    // after the run: it moves back, so what led to the cursor comes into sight again.
    return view.start > latest ? { ...view, start: latest } : view;
  }
  const jump = arriving || time < view.start || time > end + visible * 0.5;
  return { ...view, start: Math.min(jump ? time - visible * 0.75 : time - margin, latest) };
}

/** The integer ticks inside the view, thinned so labels never crowd (at most about one per 28 px). */
export function visibleTicks(view: TimeView, height: number): number[] {
  const every = Math.max(1, Math.ceil(28 / view.pxPerTick));
  const first = Math.max(0, Math.ceil(view.start / every) * every);
  const last = view.start + height / view.pxPerTick;
  const ticks: number[] = [];
  for (let t = first; t <= last; t += every) ticks.push(t);
  return ticks;
}
