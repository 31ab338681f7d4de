import { useMemo } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { stackLabels, timeScale } from '../../layout';
import { usePaxos } from '../../store';
import { groupLabelAt } from '../../trace';
import { useRem } from '../useSize';
import { messageBallotClass } from './ballotClass';
import { useCausalFamily, useVisibleMessages } from './useVisibleMessages';

/** Room one label needs in the gutter, in rem: one line, or two in a narrow gutter (phones) where labels wrap. */
const LABEL_HEIGHT_REM = 1.35;
const NARROW_LABEL_HEIGHT_REM = 2.3;
const NARROW_GUTTER_PX = 130;

/**
 * The classic diagram's labels in a gutter on the right: one per group of messages of one kind
 * sent together (`Prepare(1)`, `Promise(1,{-,-,-})`…), level with its arrows, pushed down just
 * enough never to overlap. A Promise label lists only the promises sent so far.
 */
export function MessageLabels({
  lanes,
  view,
  height,
}: {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
}) {
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  const visible = useVisibleMessages(view, height);
  const family = useCausalFamily();
  const narrow = lanes.gutterWidth < NARROW_GUTTER_PX;
  const labelHeight = (narrow ? NARROW_LABEL_HEIGHT_REM : LABEL_HEIGHT_REM) * useRem();
  const y = timeScale(view, height);
  const groups = useMemo(() => {
    const seen = new Set<number>();
    for (const { record } of visible) seen.add(record.group);
    return [...seen].flatMap((index) => groupLabelAt(trace, index, step) ?? []);
  }, [visible, trace, step]);
  const placed = stackLabels(
    groups.map((g) => ({ key: String(g.index), y: y(g.middle), height: labelHeight })),
  );
  return (
    <div
      className={`px-labels${narrow ? ' px-labels--narrow' : ''}`}
      style={{ left: lanes.gutterX, width: lanes.gutterWidth }}
    >
      {groups.map((g) => {
        const top = placed.get(String(g.index))! - labelHeight / 2;
        if (top < -labelHeight || top > height) return null;
        const dimmed = family !== null && !g.ids.some((id) => family.has(id));
        return (
          <div
            key={g.index}
            className={`px-label px-msg--${g.type}${messageBallotClass(trace.messages[g.ids[0]!]!)}${dimmed ? ' px-label--dimmed' : ''}`}
            data-label={g.type}
            style={{ top, height: labelHeight }}
            title={g.text}
          >
            {g.text}
          </div>
        );
      })}
    </div>
  );
}
