import type { NodeCounts, Role } from '../engine';
import { ALL_MESSAGE_TYPES, MESSAGE_TYPES } from '../engine';
import { checkNode } from './checkNode';
import type { Problems } from './problems';
import { isRecord, knownKeys, shown, typeName } from './problems';
import { readNetworkChange, readProposerChange } from './settings';
import type { DropFilter, MessageTarget, ScriptEntry } from './scenarioTypes';
import { LIMITS, SCRIPT_ACTIONS } from './scenarioTypes';

/**
 * Reads the script: timed entries that each do one thing, naming nodes that must exist in
 * this scenario (`nodes` is null when the counts themselves are invalid: then ids are only
 * checked for shape, to avoid a cascade of errors from one mistake).
 */
export function readScript(
  problems: Problems,
  value: unknown,
  nodes: NodeCounts | null,
  path = 'script',
): ScriptEntry[] {
  if (value === undefined) {
    problems.add(path, 'required: a list of timed entries (may be empty)');
    return [];
  }
  if (!Array.isArray(value)) {
    problems.add(path, `must be a list, not ${typeName(value)}`);
    return [];
  }
  if (value.length > LIMITS.scriptMax) {
    problems.add(path, `has ${value.length} entries; the limit is ${LIMITS.scriptMax}`);
    return [];
  }
  const script: ScriptEntry[] = [];
  value.forEach((item, i) => {
    const entry = readEntry(problems, item, `${path}[${i}]`, nodes);
    if (entry !== null) script.push(entry);
  });
  return script;
}

function readEntry(
  problems: Problems,
  item: unknown,
  path: string,
  nodes: NodeCounts | null,
): ScriptEntry | null {
  if (!isRecord(item)) {
    problems.add(path, `must be an object like { "at": 0, "crash": "A1" }, not ${typeName(item)}`);
    return null;
  }
  const actions = SCRIPT_ACTIONS.filter((action) => item[action] !== undefined);
  knownKeys(problems, item, path, ['at', 'until', ...SCRIPT_ACTIONS]);
  if (actions.length !== 1) {
    problems.add(
      path,
      actions.length === 0
        ? `needs one of ${SCRIPT_ACTIONS.join(', ')}`
        : `has ${actions.join(' and ')}; an entry does one thing`,
    );
    return null;
  }
  const at = problems.integer(item.at, `${path}.at`, 0, LIMITS.tickMax, 0, true);
  const node = (key: string, roles?: Role[]) =>
    checkNode(problems, item[key], `${path}.${key}`, nodes, roles);
  const action = actions[0]!;
  if (item.until !== undefined && action !== 'drop')
    problems.add(`${path}.until`, 'only a drop entry has an until');
  switch (action) {
    case 'request':
      return readRequest(problems, item.request, `${path}.request`, at, nodes);
    case 'crash':
      return { at, crash: node('crash') };
    case 'restart':
      return { at, restart: node('restart') };
    case 'heal':
      if (item.heal !== true) problems.add(`${path}.heal`, 'must be true');
      return { at, heal: true };
    case 'partition':
      return { at, partition: readPartition(problems, item.partition, `${path}.partition`, nodes) };
    case 'drop':
      return isRecord(item.drop) && item.drop.message !== undefined
        ? { at, drop: readTarget(problems, item.drop, `${path}.drop`) }
        : readDrop(problems, item, path, at, nodes);
    case 'duplicate':
      return { at, duplicate: readTarget(problems, item.duplicate, `${path}.duplicate`) };
    case 'deliver':
      return { at, deliver: readTarget(problems, item.deliver, `${path}.deliver`) };
    case 'delay': {
      const target = readTarget(problems, item.delay, `${path}.delay`, ['by']);
      const by = isRecord(item.delay)
        ? problems.integer(item.delay.by, `${path}.delay.by`, 1, LIMITS.delayMax, 1, true)
        : 1;
      return { at, delay: { ...target, by } };
    }
    case 'timeout':
      return { at, timeout: node('timeout', ['proposer']) };
    case 'network':
      return { at, network: readNetworkChange(problems, item.network, `${path}.network`) };
    case 'proposer':
      return { at, proposer: readProposerChange(problems, item.proposer, `${path}.proposer`) };
    case 'scheduler':
      if (item.scheduler !== 'manual' && item.scheduler !== 'timed') {
        problems.add(
          `${path}.scheduler`,
          `must be "manual" or "timed", not ${typeName(item.scheduler)}`,
        );
      }
      return { at, scheduler: item.scheduler === 'manual' ? 'manual' : 'timed' };
  }
}

/** One message by id, as the levers on a single in-flight message name it. */
function readTarget(
  problems: Problems,
  value: unknown,
  path: string,
  extra: string[] = [],
): MessageTarget {
  if (!isRecord(value)) {
    problems.add(path, `must be an object like { "message": 12 }, not ${typeName(value)}`);
    return { message: 0 };
  }
  knownKeys(problems, value, path, ['message', ...extra]);
  return {
    message: problems.integer(value.message, `${path}.message`, 0, LIMITS.messageIdMax, 0, true),
  };
}

function readRequest(
  problems: Problems,
  value: unknown,
  path: string,
  at: number,
  nodes: NodeCounts | null,
): ScriptEntry | null {
  if (!isRecord(value)) {
    problems.add(
      path,
      `must be an object like { "client": "C1", "proposer": "P1", "value": "X" }, not ${typeName(value)}`,
    );
    return null;
  }
  knownKeys(problems, value, path, ['client', 'proposer', 'value', 'seq']);
  const client = checkNode(problems, value.client, `${path}.client`, nodes, ['client']);
  const proposer = checkNode(problems, value.proposer, `${path}.proposer`, nodes, ['proposer']);
  const v = problems.plainText(value.value, `${path}.value`, 1, LIMITS.valueLengthMax);
  const request = { client, proposer, value: v ?? '' };
  if (value.seq === undefined) return { at, request };
  // Multi-Paxos: a client numbers its requests 1, 2, 3…; a seq given resends an earlier one.
  const seq = problems.integer(value.seq, `${path}.seq`, 1, LIMITS.seqMax, 1);
  return { at, request: { ...request, seq } };
}

function readPartition(
  problems: Problems,
  value: unknown,
  path: string,
  nodes: NodeCounts | null,
): string[][] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(path, 'must be a non-empty list of groups, like [["P1", "A1"], ["A2", "A3"]]');
    return [];
  }
  const seen = new Set<string>();
  return value.map((group, g) => {
    if (!Array.isArray(group) || group.length === 0) {
      problems.add(`${path}[${g}]`, 'must be a non-empty list of node ids');
      return [];
    }
    return group.map((id, n) => {
      const node = checkNode(problems, id, `${path}[${g}][${n}]`, nodes);
      if (seen.has(node)) problems.add(`${path}[${g}][${n}]`, `${shown(node)} is in two groups`);
      seen.add(node);
      return node;
    });
  });
}

function readDrop(
  problems: Problems,
  item: Record<string, unknown>,
  path: string,
  at: number,
  nodes: NodeCounts | null,
): ScriptEntry | null {
  const value = item.drop;
  if (!isRecord(value)) {
    problems.add(
      `${path}.drop`,
      `must be an object like { "type": "Accept", "to": "A3" }, not ${typeName(value)}`,
    );
    return null;
  }
  knownKeys(problems, value, `${path}.drop`, ['type', 'from', 'to', 'message']);
  const filter: DropFilter = {};
  if (value.type !== undefined) {
    if (
      typeof value.type !== 'string' ||
      !(ALL_MESSAGE_TYPES as readonly string[]).includes(value.type)
    ) {
      problems.add(
        `${path}.drop.type`,
        `unknown message type ${shown(value.type)} (known: ${MESSAGE_TYPES.join(', ')})`,
      );
    } else {
      filter.type = value.type as DropFilter['type'];
    }
  }
  if (value.from !== undefined)
    filter.from = checkNode(problems, value.from, `${path}.drop.from`, nodes);
  if (value.to !== undefined) filter.to = checkNode(problems, value.to, `${path}.drop.to`, nodes);
  if (item.until === undefined) return { at, drop: filter };
  const until = problems.integer(item.until, `${path}.until`, 0, LIMITS.tickMax, at);
  if (until < at) problems.add(`${path}.until`, `is ${until}, before the entry's at (${at})`);
  return { at, drop: filter, until };
}
