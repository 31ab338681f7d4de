import type { MessageType, NodeId } from '../engine';
import type { ArrowGeometry } from '../layout';
import { arrowAt } from '../layout';
import { fateAt } from './fate';
import { groupLabel } from './labels';
import type { Fate, MessageRecord, Trace } from './types';

/**
 * What every drawing of a run agrees on beyond the words of labels.ts: where a message's arrow
 * ends in time, the arrow itself, and the time a group's label wants to sit at. The live
 * swimlanes and the SVG export both call these, so a downloaded diagram is the one on screen.
 */

/** When a message arrives (or was planned to): where its arrow ends in time. */
export function arrivalOf(m: MessageRecord): number {
  return m.deliveredAt ?? m.deliverAt;
}

/**
 * A message's arrow at time `cursor`, given its fate then (a message delivered later is still
 * in flight now): full when delivered, stopping where it was lost, up to its packet in flight.
 */
export function messageArrow(
  record: MessageRecord,
  fate: Fate,
  x: ReadonlyMap<NodeId, number>,
  y: (tick: number) => number,
  cursor: number,
): ArrowGeometry {
  return arrowAt(
    {
      fromX: x.get(record.from)!,
      toX: x.get(record.to)!,
      sentAt: record.sentAt,
      arriveAt: arrivalOf(record),
      lostAt: fate === 'dropped' ? record.droppedAt : null,
      copy: record.copyOf !== null,
    },
    y,
    cursor,
    fate !== 'in-flight',
  );
}

/** One group's label as it stands: its text, and the time it wants to sit at. */
export interface GroupLabel {
  /** The group's index in Trace.groups. */
  index: number;
  type: MessageType;
  text: string;
  /** The middle of its arrows, averaged over its messages. */
  middle: number;
  ids: number[];
}

/**
 * The label of group `index` counting only the messages sent in the first `step` steps (so a
 * Promise label lists only the promises sent so far), or null when none has been sent yet.
 */
export function groupLabelAt(trace: Trace, index: number, step: number): GroupLabel | null {
  const group = trace.groups[index]!;
  const sent = group.messages
    .filter((id) => fateAt(trace, id, step) !== null)
    .map((id) => trace.messages[id]!);
  if (sent.length === 0) return null;
  const middle = sent.reduce((sum, m) => sum + (m.sentAt + arrivalOf(m)) / 2, 0) / sent.length;
  return { index, type: sent[0]!.type, text: groupLabel(sent), middle, ids: sent.map((m) => m.id) };
}
