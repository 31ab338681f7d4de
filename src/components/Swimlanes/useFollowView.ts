import type { RefObject } from 'react';
import { useEffect, useRef } from 'react';
import type { TimeView } from '../../layout';
import { followTime, initialView } from '../../layout';
import type { PaxosStore } from '../../store';
import { usePaxos } from '../../store';
import type { Trace } from '../../trace';
import type { PanZoom } from './panZoom';

/**
 * Moves the diagram's view for the user: a new scenario opens at its own zoom, from the top (or
 * with what led to a link's position in sight), and while following, the view moves only when
 * the cursor leaves it. A lever only edits the run on screen and a resized window only resizes
 * it: both keep the view. When the diagram is made shorter for a while (a question card takes
 * room) and grows back, the view it had before comes back, so the room is returned unchanged.
 */
export function useFollowView(
  store: PaxosStore,
  trace: Trace,
  height: number,
  panZoom: RefObject<PanZoom | null>,
  view: RefObject<TimeView | null>,
): void {
  const base = usePaxos((s) => s.base);
  const openedRef = useRef<object | null>(null);
  useEffect(() => {
    if (height === 0 || openedRef.current === base) return;
    openedRef.current = base;
    const { cursor } = store.getState();
    panZoom.current?.setView(
      followTime(initialView(trace.end, height), height, cursor, trace.end, true),
    );
  }, [store, base, trace, height, panZoom]);

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
    keepInSight(store.getState().cursor, store.getState().follow, true);
    return store.subscribe((s, previous) => {
      if (s.cursor !== previous.cursor || (s.follow && !previous.follow))
        keepInSight(s.cursor, s.follow, false);
    });
  }, [store, height, panZoom, view]);
}
