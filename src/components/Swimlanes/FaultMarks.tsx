import { memo, useMemo } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { CRASH_CROSS_HALF, crossPath, RESTART_RADIUS, timeScale } from '../../layout';
import { usePaxos } from '../../store';
import { faultsUpTo } from '../../trace';

interface Props {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
}

/** Where faults happened (HeaderLegend draws the same shapes): ✕ on a lane that crashed, ↺ where it restarted, a line across for a partition or heal. */
export const FaultMarks = memo(function FaultMarks({ lanes, view, height }: Props) {
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  const { marks } = useMemo(() => faultsUpTo(trace, step), [trace, step]);
  const y = timeScale(view, height);
  return (
    <g className="px-faults">
      {marks.map((mark, i) => {
        const top = y(mark.at);
        if (mark.node === null) {
          return (
            <line
              key={i}
              className={`px-fault px-fault--${mark.kind}`}
              data-fault={mark.kind}
              x1={0}
              x2={lanes.gutterX}
              y1={top}
              y2={top}
            />
          );
        }
        const x = lanes.x.get(mark.node)!;
        return (
          <g
            key={i}
            className={`px-fault px-fault--${mark.kind}`}
            data-fault={mark.kind}
            data-fault-node={mark.node}
            data-shape={mark.kind === 'crash' ? 'cross' : 'restart'}
            transform={`translate(${x},${top})`}
          >
            {mark.kind === 'crash' ? (
              <path d={crossPath(0, 0, CRASH_CROSS_HALF)} />
            ) : (
              <circle r={RESTART_RADIUS} />
            )}
          </g>
        );
      })}
    </g>
  );
});
