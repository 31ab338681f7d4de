import type { Trace } from './types';

/** Messages sorted by send time, and the longest any message spent in the network. */
export interface TimeIndex {
  bySentAt: number[];
  spanMax: number;
}

export function timeIndex(trace: Trace): TimeIndex {
  const bySentAt = trace.messages
    .map((m) => m.id)
    .sort((a, b) => trace.messages[a]!.sentAt - trace.messages[b]!.sentAt || a - b);
  let spanMax = 0;
  for (const m of trace.messages) {
    const end = m.deliveredAt ?? m.droppedAt ?? Math.max(m.deliverAt, trace.end);
    spanMax = Math.max(spanMax, end - m.sentAt);
  }
  return { bySentAt, spanMax };
}

/**
 * Ids of the messages whose arrows cross the time window [from, to]: a binary search for the
 * first send that could still be in the window, then a scan up to `to`. Drawing only these keeps
 * the page's size bounded however long the run.
 */
export function messagesBetween(
  trace: Trace,
  index: TimeIndex,
  from: number,
  to: number,
): number[] {
  const { bySentAt, spanMax } = index;
  let low = 0;
  let high = bySentAt.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (trace.messages[bySentAt[mid]!]!.sentAt < from - spanMax) low = mid + 1;
    else high = mid;
  }
  const ids: number[] = [];
  for (let i = low; i < bySentAt.length; i++) {
    const m = trace.messages[bySentAt[i]!]!;
    if (m.sentAt > to) break;
    const end = m.deliveredAt ?? m.droppedAt ?? Math.max(m.deliverAt, trace.end);
    if (end >= from) ids.push(m.id);
  }
  return ids;
}
