import { useMemo } from 'react';
import type { TimeView } from '../../layout';
import { timeScale } from '../../layout';
import type { LitMessages } from '../../store';
import { litMessages, litSlot, usePaxos } from '../../store';
import type { Fate, MessageRecord, Trace } from '../../trace';
import { fateAt, messagesBetween, timeIndex } from '../../trace';

/** A message as it stands at the current step. */
export interface VisibleMessage {
  record: MessageRecord;
  fate: Fate;
}

/**
 * The messages whose arrows cross the view and that have been sent by the current step, each
 * with its fate at that step (a message delivered later in the same tick is still in flight).
 */
export function useVisibleMessages(view: TimeView, height: number): VisibleMessage[] {
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  const index = useMemo(() => timeIndex(trace), [trace]);
  const [from, to] = timeScale(view, height).domain() as [number, number];
  return useMemo(() => visibleAt(trace, index, step, from, to), [trace, index, step, from, to]);
}

function visibleAt(
  trace: Trace,
  index: ReturnType<typeof timeIndex>,
  step: number,
  from: number,
  to: number,
): VisibleMessage[] {
  const visible: VisibleMessage[] = [];
  for (const id of messagesBetween(trace, index, from - 0.5, to + 0.5)) {
    const fate = fateAt(trace, id, step);
    if (fate !== null) visible.push({ record: trace.messages[id]!, fate });
  }
  return visible;
}

/**
 * What the diagram picks out: the messages of the slot the log lights, else the clicked
 * message's causes and effects; null when nothing is.
 */
export function useLitMessages(): LitMessages | null {
  const trace = usePaxos((s) => s.trace);
  const slot = usePaxos(litSlot);
  const selected = usePaxos((s) => s.selected);
  return useMemo(() => litMessages(trace, slot, selected), [trace, slot, selected]);
}
