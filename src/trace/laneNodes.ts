import type { NodeCounts, NodeId, Role } from '../engine';
import { nodeId } from '../engine';

/** The lanes of a run, in order (from the scenario's counts, so they exist before any step). */
export function laneNodes(counts: NodeCounts): { id: NodeId; role: Role }[] {
  const of = (role: Role, count: number) =>
    Array.from({ length: count }, (_, i) => ({ id: nodeId(role, i), role }));
  return [
    ...of('client', counts.clients),
    ...of('proposer', counts.proposers),
    ...of('acceptor', counts.acceptors),
    ...of('learner', counts.learners),
  ];
}
