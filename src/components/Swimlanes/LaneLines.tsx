import { memo, useMemo } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale, visibleTicks } from '../../layout';
import { usePaxos } from '../../store';
import { faultsUpTo } from '../../trace';

interface Props {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
}

/**
 * The lanes (solid while a node is up, faint and dashed while it is down, as the classic
 * diagram leaves a failed node's lane blank) and a light grid of ticks with their numbers.
 */
export const LaneLines = memo(function LaneLines({ lanes, view, height }: Props) {
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  const { downtimes } = useMemo(() => faultsUpTo(trace, step), [trace, step]);
  const y = timeScale(view, height);
  const ticks = visibleTicks(view, height);
  const now = step === 0 ? 0 : trace.steps[step - 1]!.at;
  return (
    <g className="px-lanes">
      {ticks.map((t) => (
        <g key={t} className="px-tick">
          <line x1={0} x2={lanes.gutterX} y1={y(t)} y2={y(t)} />
          <text x={3} y={y(t) - 3}>
            {t}
          </text>
        </g>
      ))}
      {lanes.lanes.map((lane) => (
        <line
          key={lane.id}
          className={`px-lane px-role--${lane.role}`}
          data-lane={lane.id}
          x1={lane.x}
          x2={lane.x}
          y1={0}
          y2={height}
        />
      ))}
      {downtimes.map((d, i) => {
        const x = lanes.x.get(d.node)!;
        const top = Math.max(0, y(d.from));
        const bottom = d.to === null ? Math.max(top, y(Math.max(now, d.from))) : y(d.to);
        return (
          <line
            key={i}
            className="px-lane--down"
            x1={x}
            x2={x}
            y1={top}
            y2={d.to === null ? height : bottom}
          />
        );
      })}
    </g>
  );
});
