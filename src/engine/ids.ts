/**
 * Node ids are the protocol's names for its participants: C1.. clients, P1.. proposers,
 * A1.. acceptors, L1.. learners. They are 1-based in text and 0-based as array indices.
 */
export type Role = 'client' | 'proposer' | 'acceptor' | 'learner';
export type NodeId = string;

export const ROLES: readonly Role[] = ['client', 'proposer', 'acceptor', 'learner'];

const PREFIX: Record<Role, string> = { client: 'C', proposer: 'P', acceptor: 'A', learner: 'L' };
const ROLE_OF_PREFIX: Record<string, Role> = {
  C: 'client',
  P: 'proposer',
  A: 'acceptor',
  L: 'learner',
};

export function nodeId(role: Role, index: number): NodeId {
  return PREFIX[role] + String(index + 1);
}

export interface NodeRef {
  role: Role;
  index: number;
}

/** Parses `A3` into `{ role: 'acceptor', index: 2 }`; anything else is null. */
export function parseNodeId(id: string): NodeRef | null {
  const match = /^([CPAL])([1-9][0-9]?)$/.exec(id);
  if (match === null) return null;
  return { role: ROLE_OF_PREFIX[match[1]!]!, index: Number(match[2]) - 1 };
}

/** The role of a well-formed id, read from its first letter (hot path: no regex). */
export function roleOf(id: NodeId): Role {
  return ROLE_OF_PREFIX[id[0]!]!;
}

/** The 0-based index of a well-formed id (hot path: no regex). */
export function indexOf(id: NodeId): number {
  return id.length === 2 ? id.charCodeAt(1) - 49 : Number(id.slice(1)) - 1;
}

/** Nodes written as a set, `{A1, A2}`: how violations, the narration and the lab name a quorum. */
export function nodeSet(nodes: readonly NodeId[]): string {
  return `{${nodes.join(', ')}}`;
}
