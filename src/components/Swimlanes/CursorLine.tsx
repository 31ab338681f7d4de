import { useLayoutEffect, useRef } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { useStoreApi } from '../../store';
import { useRem } from '../useSize';
import { onCursor } from './onCursor';

/** The mark's type size, as `.px-cursor text` sets it, and one monospaced character of it, in ems. */
const MARK_FONT_REM = 0.65;
const MARK_CHAR_EM = 0.62;
/** The mark's distance from the gutter (its labels' coloured bars), in rem. */
const MARK_GAP_REM = 0.45;
/** What the mark keeps clear of the last lane, whose arrowheads reach a little past it, in rem. */
const MARK_CLEAR_REM = 0.35;

/**
 * The room the cursor's `t=` mark needs between the last lane and the gutter, in px: as wide as
 * the run's last tick written out, and clear of both sides (`laneLayout`'s `endRoom`).
 */
export function cursorMarkRoom(end: number, rem: number): number {
  const chars = `t=${end}`.length;
  return (MARK_CLEAR_REM + chars * MARK_CHAR_EM * MARK_FONT_REM + MARK_GAP_REM) * rem;
}

/**
 * Now: a line across the lanes at the cursor's time. It follows the cursor outside React (the
 * cursor changes every frame while playing); React only draws it anew for a new view.
 */
export function CursorLine({
  lanes,
  view,
  height,
}: {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
}) {
  const rem = useRem();
  const store = useStoreApi();
  const line = useRef<SVGGElement>(null);
  const label = useRef<SVGTextElement>(null);
  useLayoutEffect(() => {
    const y = timeScale(view, height);
    const place = (cursor: number) => {
      const at = y(cursor);
      const shown = at >= -2 && at <= height + 2;
      line.current?.setAttribute('transform', `translate(0,${at})`);
      line.current?.setAttribute('visibility', shown ? 'visible' : 'hidden');
      if (label.current !== null) label.current.textContent = `t=${Math.round(cursor * 10) / 10}`;
    };
    return onCursor(store, place);
  }, [store, view, height]);
  return (
    <g ref={line} className="px-cursor" data-cursor-line>
      <line x1={0} x2={lanes.gutterX} />
      <text ref={label} x={lanes.gutterX - MARK_GAP_REM * rem} y={-4} textAnchor="end" />
    </g>
  );
}
