import type { Bug, NodeCounts } from '../engine';
import { BUGS } from '../engine';
import { DEFAULTS } from './defaults';
import { Problems, isRecord, knownKeys, typeName } from './problems';
import type { ValidationError } from './problems';
import { readScript } from './script';
import type { Scenario } from './types';
import { LIMITS } from './types';

export type ParseResult =
  { ok: true; scenario: Scenario } | { ok: false; errors: ValidationError[] };

/**
 * Reads a scenario file from text a stranger may have written. Never throws: every problem is
 * reported with the path of the field at fault, and the first is what users see.
 */
export function parseScenarioText(text: string): ParseResult {
  if (text.length > LIMITS.fileBytesMax) {
    return fail('', `the file is ${text.length} characters; the limit is ${LIMITS.fileBytesMax}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('', `not valid JSON (${(error as Error).message})`);
  }
  return validateScenario(data);
}

function fail(path: string, message: string): ParseResult {
  return { ok: false, errors: [{ path, message }] };
}

export function validateScenario(data: unknown): ParseResult {
  const problems = new Problems();
  if (!isRecord(data)) return fail('', `a scenario is a JSON object, not ${typeName(data)}`);
  knownKeys(problems, data, '', [
    'version',
    'name',
    'seed',
    'nodes',
    'network',
    'proposer',
    'bugs',
    'until',
    'script',
  ]);
  if (data.version !== 1) {
    problems.add(
      'version',
      data.version === undefined
        ? 'required (this reader knows version 1)'
        : `unsupported version ${JSON.stringify(data.version)} (this reader knows version 1)`,
    );
  }
  const name = readName(problems, data.name);
  const seed = problems.integer(data.seed, 'seed', 0, LIMITS.seedMax, DEFAULTS.seed);
  const nodes = readNodes(problems, data.nodes);
  const network = readNetwork(problems, data.network);
  const proposer = readProposer(problems, data.proposer);
  const bugs = readBugs(problems, data.bugs);
  const until =
    data.until === undefined || data.until === null
      ? null
      : problems.integer(data.until, 'until', 1, LIMITS.tickMax, 1);
  const script = readScript(
    problems,
    data.script,
    problems.errors.some((e) => e.path.startsWith('nodes')) ? null : nodes,
  );
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  return {
    ok: true,
    scenario: { version: 1, name, seed, nodes, network, proposer, bugs, until, script },
  };
}

function readName(problems: Problems, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.add('name', `must be a string, not ${typeName(value)}`);
    return null;
  }
  if (value.length > LIMITS.nameLengthMax)
    problems.add('name', `is ${value.length} characters; the limit is ${LIMITS.nameLengthMax}`);
  return value;
}

function readNodes(problems: Problems, value: unknown): NodeCounts {
  const counts: NodeCounts = { clients: 1, proposers: 1, acceptors: 3, learners: 1 };
  if (!isRecord(value)) {
    problems.add(
      'nodes',
      value === undefined
        ? 'required: { "clients", "proposers", "acceptors", "learners" }'
        : `must be an object, not ${typeName(value)}`,
    );
    return counts;
  }
  knownKeys(problems, value, 'nodes', ['clients', 'proposers', 'acceptors', 'learners']);
  for (const role of ['clients', 'proposers', 'acceptors', 'learners'] as const) {
    if (value[role] === undefined)
      problems.add(`nodes.${role}`, `required (1 to ${LIMITS.nodesMax})`);
    else counts[role] = problems.integer(value[role], `nodes.${role}`, 1, LIMITS.nodesMax, 1);
  }
  return counts;
}

function readNetwork(problems: Problems, value: unknown): Scenario['network'] {
  const defaults = DEFAULTS.network;
  if (value === undefined) return { ...defaults, delay: [...defaults.delay] };
  if (!isRecord(value)) {
    problems.add('network', `must be an object, not ${typeName(value)}`);
    return { ...defaults, delay: [...defaults.delay] };
  }
  knownKeys(problems, value, 'network', ['delay', 'drop', 'duplicate']);
  return {
    delay: problems.range(value.delay, 'network.delay', 0, LIMITS.delayMax, defaults.delay),
    drop: problems.probability(value.drop, 'network.drop', defaults.drop),
    duplicate: problems.probability(value.duplicate, 'network.duplicate', defaults.duplicate),
  };
}

function readProposer(problems: Problems, value: unknown): Scenario['proposer'] {
  const defaults = DEFAULTS.proposer;
  if (value === undefined) return { ...defaults, backoff: [...defaults.backoff] };
  if (!isRecord(value)) {
    problems.add('proposer', `must be an object, not ${typeName(value)}`);
    return { ...defaults, backoff: [...defaults.backoff] };
  }
  knownKeys(problems, value, 'proposer', ['timeout', 'backoff']);
  return {
    timeout: problems.integer(
      value.timeout,
      'proposer.timeout',
      1,
      LIMITS.timeoutMax,
      defaults.timeout,
    ),
    backoff: problems.range(
      value.backoff,
      'proposer.backoff',
      0,
      LIMITS.backoffMax,
      defaults.backoff,
    ),
  };
}

function readBugs(problems: Problems, value: unknown): Bug[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add('bugs', `must be a list of rule names, not ${typeName(value)}`);
    return [];
  }
  const bugs: Bug[] = [];
  value.forEach((item, i) => {
    if (typeof item !== 'string' || !(BUGS as readonly string[]).includes(item)) {
      problems.add(
        `bugs[${i}]`,
        `unknown rule break ${JSON.stringify(item)} (known: ${BUGS.join(', ')})`,
      );
    } else if (bugs.includes(item as Bug)) {
      problems.add(`bugs[${i}]`, `${JSON.stringify(item)} is listed twice`);
    } else {
      bugs.push(item as Bug);
    }
  });
  return bugs;
}
