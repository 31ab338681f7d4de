import type { RefObject } from 'react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { TimeView } from '../../layout';
import { fitView, followTime, initialView } from '../../layout';
import type { PaxosStore, State } from '../../store';
import { usePaxos } from '../../store';
import type { Trace } from '../../trace';
import type { PanZoom } from './panZoom';

/** The view a run opens at, with the cursor (a link's position) in sight. */
function readingView(trace: Trace, height: number, cursor: number): TimeView {
  return followTime(initialView(trace.end, height), height, cursor, trace.end, true);
}

/**
 * Moves the diagram's view for the user: a new scenario opens at its own zoom, from the top (or
 * with what led to a link's position in sight), and while following, the view moves only when
 * the cursor leaves it. A lever only edits the run on screen and a resized window only resizes
 * it: both keep the view. When the diagram is made shorter for a while (a question card takes
 * room) and grows back, the view it had before comes back, so the room is returned unchanged.
 * While the store asks for the whole run (`fit`), the view shows tick 0 to the end and stays
 * so as the cursor moves (it is always in sight), the run changes or the diagram resizes; when
 * that ends with following still on (Follow, Reset, Play again), the reading zoom comes back.
 * `clearBottom` px at the bottom are left free of the whole run: the view's buttons are there.
 */
export function useFollowView(
  store: PaxosStore,
  trace: Trace,
  height: number,
  panZoom: RefObject<PanZoom | null>,
  view: RefObject<TimeView | null>,
  clearBottom: number,
): void {
  const base = usePaxos((s) => s.base);
  const openedRef = useRef<object | null>(null);
  // Before the paint, so the first frame with a measured diagram already shows the run.
  useLayoutEffect(() => {
    if (height === 0 || openedRef.current === base) return;
    openedRef.current = base;
    const { cursor, fit } = store.getState();
    panZoom.current?.setView(
      fit ? fitView(trace.end, height, clearBottom) : readingView(trace, height, cursor),
    );
  }, [store, base, trace, height, panZoom, clearBottom]);

  // The view the cursor had before the diagram became shorter and pushed it, until it grows back.
  const displaced = useRef<TimeView | null>(null);
  const lastHeight = useRef(0);
  useEffect(() => {
    const grew = height > lastHeight.current;
    lastHeight.current = height;
    const keepInSight = (cursor: number, follow: boolean, resized: boolean) => {
      const current = view.current;
      if (!follow || current === null || height === 0) return;
      const end = store.getState().trace.end;
      const before = displaced.current;
      if (
        resized &&
        grew &&
        before !== null &&
        followTime(before, height, cursor, end) === before
      ) {
        displaced.current = null;
        panZoom.current?.setView(before);
        return;
      }
      const next = followTime(current, height, cursor, end);
      if (next === current) return;
      // Pushed by a shorter diagram, the view comes back later; moved by the cursor, it stays.
      displaced.current = resized && !grew ? (before ?? current) : null;
      panZoom.current?.setView(next);
    };
    const showWholeRun = (s: State) => {
      if (height === 0) return;
      displaced.current = null;
      panZoom.current?.setView(fitView(s.trace.end, height, clearBottom));
    };
    const now = store.getState();
    if (now.fit) showWholeRun(now);
    else keepInSight(now.cursor, now.follow, true);
    return store.subscribe((s, previous) => {
      if (s.fit) {
        if (!previous.fit || s.trace.end !== previous.trace.end) showWholeRun(s);
      } else if (previous.fit && s.follow && height > 0) {
        displaced.current = null;
        panZoom.current?.setView(readingView(s.trace, height, s.cursor));
      } else if (s.cursor !== previous.cursor || (s.follow && !previous.follow))
        keepInSight(s.cursor, s.follow, false);
    });
  }, [store, height, panZoom, view, clearBottom]);
}
