import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { usePaxos } from '../../store';
import type { QuorumMember } from '../../trace';
import { brokenAt, quorumStory } from '../../trace';
import { useLabT } from './useLabT';

interface Props {
  lanes: LaneLayout;
  view: TimeView;
  width: number;
  height: number;
}

/** Ring radii: the second quorum's ring goes around the first's where an acceptor is in both. */
const RING = { low: 8, high: 12 } as const;

/**
 * Where agreement broke, on the diagram: a line across the acceptors at the tick the second
 * value was chosen, labelled (`data-violation="Agreement"`), and each quorum's votes ringed where they
 * were cast, one solid and one dashed, joined, so the student sees which acceptors chose what
 * and whether the two majorities share one. Loaded only for runs that break agreement.
 */
export default function ViolationMarks({ lanes, view, width, height }: Props) {
  const { lt } = useLabT();
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  const conflict = useMemo(
    () => (brokenAt(trace, step) === null ? null : quorumStory(trace, step).conflict),
    [trace, step],
  );
  const text =
    conflict === null
      ? ''
      : lt('conflict.marker', { low: conflict.low.value, high: conflict.high.value });
  const label = useRef<HTMLDivElement>(null);
  const [labelWidth, setLabelWidth] = useState(0);
  // Measured only when the words or the room change, not on every step of a run that plays.
  useLayoutEffect(() => setLabelWidth(label.current?.offsetWidth ?? 0), [text, width]);
  const acceptors = lanes.groups.find((g) => g.role === 'acceptor');
  if (conflict === null || acceptors === undefined) return null;
  const y = timeScale(view, height);
  const left = acceptors.x0 - lanes.laneWidth * 0.4;
  const right = acceptors.x1 + lanes.laneWidth * 0.4;
  const at = y(conflict.at);
  const quorum = (side: 'low' | 'high', members: QuorumMember[]) => {
    const points = members
      .map((m) => ({ id: m.acceptor, x: lanes.x.get(m.acceptor)!, y: y(m.at) }))
      .sort((a, b) => a.x - b.x);
    return (
      <g className={`px-quorum-mark px-quorum-mark--${side}`} data-quorum-mark={side}>
        <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
        {points.map((p) => (
          <circle key={p.id} cx={p.x} cy={p.y} r={RING[side]} data-acceptor={p.id} />
        ))}
      </g>
    );
  };
  return (
    <>
      <svg className="px-swimlanes__marks" width={width} height={height} aria-hidden="true">
        {quorum('low', conflict.low.members)}
        {quorum('high', conflict.high.members)}
        <line className="px-violation__line" x1={left} x2={right} y1={at} y2={at} />
      </svg>
      {/* On the line, before the first acceptor where no ring is (the right keeps the cursor's
          tick and the message labels in sight), moved in if the diagram is too narrow. */}
      <div
        ref={label}
        className="px-violation__label"
        data-violation="Agreement"
        style={{
          left: Math.max(4, Math.min(left - 4 - labelWidth, width - labelWidth - 4)),
          top: at,
        }}
      >
        {text}
      </div>
    </>
  );
}
