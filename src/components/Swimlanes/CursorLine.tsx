import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { usePaxos } from '../../store';

/** Now: a line across the lanes at the cursor's time. */
export function CursorLine({
  lanes,
  view,
  height,
}: {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
}) {
  const cursor = usePaxos((s) => s.cursor);
  const y = timeScale(view, height)(cursor);
  if (y < -2 || y > height + 2) return null;
  return (
    <g className="px-cursor" transform={`translate(0,${y})`}>
      <line x1={0} x2={lanes.gutterX} />
      <text x={lanes.gutterX - 4} y={-4} textAnchor="end">
        t={Math.round(cursor * 10) / 10}
      </text>
    </g>
  );
}
