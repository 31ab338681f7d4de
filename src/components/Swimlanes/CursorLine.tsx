import { useLayoutEffect, useRef } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { useStoreApi } from '../../store';
import { onCursor } from './onCursor';

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
      <text ref={label} x={lanes.gutterX - 4} y={-4} textAnchor="end" />
    </g>
  );
}
