import type { NodeId } from '../engine';
import type { MessageRecord } from './types';

/**
 * How messages are named and grouped, shared by every drawing of a run (the ASCII diagram and
 * the swimlanes) so they always say the same thing, in the classic diagram's words.
 */

/** Values are data: control characters would break a drawing or a label, so they show as `?`. */
export function valueText(value: string | null): string {
  return (value ?? '').replace(/\p{Cc}/gu, '?');
}

/**
 * Messages of one kind, ballot and content sent in the same tick share a label (as the seed
 * draws the three Prepares on one line). A Promise label lists every acceptor's report, so the
 * reports are not part of its key. Copies made by the network get their own group.
 */
export function groupKey(m: MessageRecord): string {
  const content = m.type === 'Promise' ? '' : `${m.value}|${m.promised}`;
  const key = `${m.sentAt}|${m.type}|${m.ballot}|${content}|${m.copyOf === null ? '' : 'copy'}`;
  // Multi-Paxos: one slot's messages share a label, and Promises that report the same log.
  if (m.slot !== undefined) return `${key}|${m.slot}`;
  return m.type === 'Promise' && m.log !== undefined ? `${key}|${logText(m)}` : key;
}

// One collator for every comparison: localeCompare with options builds a new one per call.
// Marked pure: a module-level call the bundler must assume has effects keeps every module
// behind the trace barrel in the embed's first download.
const NODE_ORDER = /* @__PURE__ */ new Intl.Collator('en', { numeric: true });

function byNode(a: MessageRecord, b: MessageRecord): number {
  return NODE_ORDER.compare(a.from, b.from);
}

/**
 * `Prepare(1)`, `Promise(1,{-,X(1)})`, `Accept!(1,X)`, `Accepted(1,X)`, `Nack(3)`, `Request`,
 * `Response`; in Multi-Paxos `Accept!(1,2,Y)` (ballot, slot, value), `Promise(2,{1:X(1),2:-})`
 * and `Heartbeat(1)`.
 */
export function groupLabel(messages: readonly MessageRecord[]): string {
  const m = messages[0]!;
  const copy = m.copyOf === null ? '' : ' (duplicate)';
  const slotted = slottedLabel(m);
  if (slotted !== null) return slotted + copy;
  switch (m.type) {
    case 'Request':
    case 'Response':
      return m.type + copy;
    case 'Prepare':
      return `Prepare(${m.ballot})${copy}`;
    case 'Promise': {
      const reports = new Map<NodeId, string>();
      for (const p of [...messages].sort(byNode)) reports.set(p.from, reportText(p));
      return `Promise(${m.ballot},{${[...reports.values()].join(',')}})${copy}`;
    }
    case 'Accept':
      return `Accept!(${m.ballot},${valueText(m.value)})${copy}`;
    case 'Accepted':
      return `Accepted(${m.ballot},${valueText(m.value)})${copy}`;
    case 'Nack':
      return `Nack(${m.promised})${copy}`;
    case 'Heartbeat':
      return `Heartbeat(${m.ballot})${copy}`;
  }
}

/** The label of a Multi-Paxos message that names slots, or null for any other message. */
function slottedLabel(m: MessageRecord): string | null {
  if (m.type === 'Promise' && m.log !== undefined) return `Promise(${m.ballot},{${logText(m)}})`;
  if (m.slot === undefined) return null;
  if (m.type === 'Accept') return `Accept!(${m.ballot},${m.slot},${valueText(m.value)})`;
  if (m.type === 'Accepted') return `Accepted(${m.ballot},${m.slot},${valueText(m.value)})`;
  return null;
}

/**
 * A Multi-Paxos promise's report, slot by slot from the Prepare's first slot to the highest
 * reported: `1:X(1),2:-` (nothing accepted in slot 2); empty when nothing was accepted.
 */
export function logText(m: Pick<MessageRecord, 'log' | 'slot'>): string {
  const log = m.log ?? [];
  if (log.length === 0) return '';
  const first = Math.min(...log.map((e) => e.slot));
  const last = Math.max(...log.map((e) => e.slot));
  const parts: string[] = [];
  for (let slot = first; slot <= last; slot++) {
    const entry = log.find((e) => e.slot === slot);
    parts.push(
      `${slot}:${entry === undefined ? '-' : `${valueText(entry.value)}(${entry.ballot})`}`,
    );
  }
  return parts.join(',');
}

/** What one acceptor reported in its promise: `-` for nothing, `X(1)` for X accepted in ballot 1. */
export function reportText(m: MessageRecord): string {
  return m.accepted === null ? '-' : `${valueText(m.accepted.value)}(${m.accepted.ballot})`;
}

/** One message's own label, with its full content (for a tooltip or a screen reader). */
export function messageLabel(m: MessageRecord): string {
  if (m.type === 'Promise' && m.log !== undefined) return groupLabel([m]);
  if (m.type === 'Promise') return `Promise(${m.ballot},${reportText(m)})`;
  if (m.type === 'Request') return `Request(${valueText(m.value)})`;
  if (m.type === 'Response') return `Response(${valueText(m.value)})`;
  return groupLabel([m]);
}
