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
  return `${m.sentAt}|${m.type}|${m.ballot}|${content}|${m.copyOf === null ? '' : 'copy'}`;
}

// One collator for every comparison: localeCompare with options builds a new one per call.
// Marked pure: a module-level call the bundler must assume has effects keeps every module
// behind the trace barrel in the embed's first download.
const NODE_ORDER = /* @__PURE__ */ new Intl.Collator('en', { numeric: true });

function byNode(a: MessageRecord, b: MessageRecord): number {
  return NODE_ORDER.compare(a.from, b.from);
}

/** `Prepare(1)`, `Promise(1,{-,X(1)})`, `Accept!(1,X)`, `Accepted(1,X)`, `Nack(3)`, `Request`, `Response`. */
export function groupLabel(messages: readonly MessageRecord[]): string {
  const m = messages[0]!;
  const copy = m.copyOf === null ? '' : ' (duplicate)';
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
  }
}

/** What one acceptor reported in its promise: `-` for nothing, `X(1)` for X accepted in ballot 1. */
export function reportText(m: MessageRecord): string {
  return m.accepted === null ? '-' : `${valueText(m.accepted.value)}(${m.accepted.ballot})`;
}

/** One message's own label, with its full content (for a tooltip or a screen reader). */
export function messageLabel(m: MessageRecord): string {
  if (m.type === 'Promise') return `Promise(${m.ballot},${reportText(m)})`;
  if (m.type === 'Request') return `Request(${valueText(m.value)})`;
  if (m.type === 'Response') return `Response(${valueText(m.value)})`;
  return groupLabel([m]);
}
