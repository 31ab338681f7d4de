import type { NodeId } from '../engine';
import type { Trace } from './types';

/** A stretch of time a node spent down, `to` null while it is still down. */
export interface Downtime {
  node: NodeId;
  from: number;
  to: number | null;
}

/** Partitions and heals, crashes and restarts, as marks on the time axis. */
export interface FaultMark {
  kind: 'crash' | 'restart' | 'partition' | 'heal';
  at: number;
  node: NodeId | null;
}

/**
 * What the network and the nodes went through up to the current step: when each node was down
 * (its lane is drawn broken there) and where faults happened. Only the past is shown.
 */
export function faultsUpTo(
  trace: Trace,
  step: number,
): { downtimes: Downtime[]; marks: FaultMark[] } {
  const last = step === 0 ? 0 : trace.steps[step - 1]!.eventEnd;
  const downtimes: Downtime[] = [];
  const marks: FaultMark[] = [];
  const open = new Map<NodeId, Downtime>();
  for (let i = 0; i < last; i++) {
    const event = trace.events[i]!;
    if (event.kind === 'crash') {
      const downtime = { node: event.node, from: event.at, to: null };
      open.set(event.node, downtime);
      downtimes.push(downtime);
      marks.push({ kind: 'crash', at: event.at, node: event.node });
    } else if (event.kind === 'restart') {
      const downtime = open.get(event.node);
      if (downtime !== undefined) downtime.to = event.at;
      open.delete(event.node);
      marks.push({ kind: 'restart', at: event.at, node: event.node });
    } else if (event.kind === 'partition' || event.kind === 'heal') {
      marks.push({ kind: event.kind, at: event.at, node: null });
    }
  }
  return { downtimes, marks };
}
