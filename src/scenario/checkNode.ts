import type { NodeCounts, Role } from '../engine';
import { parseNodeId } from '../engine';
import type { Problems } from './problems';
import { typeName } from './problems';
import { quote } from './quote';

const ROLE_COUNT = {
  client: 'clients',
  proposer: 'proposers',
  acceptor: 'acceptors',
  learner: 'learners',
} as const;

/** A node id that exists in this scenario, in one of the expected roles. */
export function checkNode(
  problems: Problems,
  value: unknown,
  path: string,
  nodes: NodeCounts | null,
  roles?: Role[],
): string {
  if (typeof value !== 'string') {
    problems.add(path, `must be a node id like "A1", not ${typeName(value)}`);
    return '';
  }
  const ref = parseNodeId(value);
  if (ref === null) {
    problems.add(path, `${quote(value)} is not a node id (C1.., P1.., A1.. or L1..)`);
    return value;
  }
  if (roles !== undefined && !roles.includes(ref.role)) {
    problems.add(path, `${quote(value)} is not a ${roles.join(' or ')}`);
    return value;
  }
  const count = nodes?.[ROLE_COUNT[ref.role]];
  if (count !== undefined && ref.index >= count) {
    const known =
      count === 1
        ? `the only one is ${value[0]}1`
        : `${ROLE_COUNT[ref.role]} are ${value[0]}1..${value[0]}${count}`;
    problems.add(path, `unknown node ${quote(value)} (${known})`);
  }
  return value;
}
