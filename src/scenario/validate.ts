import type { NodeCounts, Protocol, RuleBreak } from '../engine';
import { bugsOf, isRuleBreak } from '../engine';
import { DEFAULTS } from './defaults';
import { Problems, isRecord, knownKeys, shown, typeName } from './problems';
import type { ValidationError } from './problems';
import { parseJson, withoutBom } from './json';
import { readStops, readText } from './meta';
import { controlProblem, quote } from './quote';
import { readScript } from './script';
import {
  checkProtocolFields,
  protocolWarnings,
  readClient,
  readProtocol,
  readQuorums,
  withMultiPaxosTiming,
} from './protocol';
import { readNetwork, readProposer } from './settings';
import type { Scenario } from './scenarioTypes';
import { LIMITS } from './scenarioTypes';

/**
 * `warnings`, present only when there is one, says what is valid but unsafe: quorums with
 * phase1 + phase2 not above the acceptors (the screen says so plainly).
 */
export type ParseResult =
  | { ok: true; scenario: Scenario; warnings?: ValidationError[] }
  | { ok: false; errors: ValidationError[] };

/**
 * Reads a scenario file from text a stranger may have written: the one reader of the app's
 * imports and the CLI. Never throws: one byte-order mark is dropped, the length (in characters)
 * and nesting depth are checked before parsing, and every problem is reported with the path of
 * the field at fault, and the first is what users see.
 */
export function parseScenarioText(text: string): ParseResult {
  const json = parseJson(withoutBom(text), 'the file', LIMITS.fileLengthMax);
  return json.ok ? validateScenario(json.data) : fail('', json.message);
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
    'title',
    'goal',
    'stops',
    'seed',
    'nodes',
    'network',
    'proposer',
    'bugs',
    'until',
    'script',
    'protocol',
    'quorums',
    'client',
  ]);
  if (data.version !== 1) {
    problems.add(
      'version',
      data.version === undefined
        ? 'required (this reader knows version 1)'
        : `unsupported version ${typeof data.version === 'number' ? data.version : shown(data.version)} (this reader knows version 1)`,
    );
  }
  const name = readName(problems, data.name);
  const seed = problems.integer(data.seed, 'seed', 0, LIMITS.seedMax, DEFAULTS.seed);
  const nodes = readNodes(problems, data.nodes);
  const title = readText(problems, data.title, 'title', LIMITS.nameLengthMax);
  const goal = readText(problems, data.goal, 'goal', LIMITS.textLengthMax);
  const network = readNetwork(problems, data.network, 'network');
  const proposer = readProposer(problems, data.proposer, 'proposer');
  const protocol = readProtocol(problems, data.protocol);
  const bugs = readBugs(problems, data.bugs, 'bugs', protocol);
  const quorums = readQuorums(problems, data.quorums, nodes, bugs);
  const client = protocol === 'multi-paxos' ? readClient(problems, data.client) : undefined;
  const until =
    data.until === undefined || data.until === null
      ? null
      : problems.integer(data.until, 'until', 1, LIMITS.tickMax, 1);
  const script = readScript(
    problems,
    data.script,
    problems.errors.some((e) => e.path.startsWith('nodes')) ? null : nodes,
  );
  const stops = readStops(problems, data.stops);
  checkProtocolFields(problems, data, protocol, bugs, script);
  if (problems.errors.length > 0) return { ok: false, errors: problems.errors };
  const scenario = {
    version: 1,
    name,
    title,
    goal,
    seed,
    nodes,
    network,
    proposer: protocol === 'multi-paxos' ? withMultiPaxosTiming(proposer) : proposer,
    bugs,
    until,
    script,
    stops: [...stops].sort((a, b) => a.at - b.at),
    ...(protocol === 'multi-paxos' ? { protocol, client } : {}),
    ...(quorums === undefined ? {} : { quorums }),
  } as const;
  const warnings = protocolWarnings(scenario);
  return warnings.length === 0 ? { ok: true, scenario } : { ok: true, scenario, warnings };
}

function readName(problems: Problems, value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') {
    problems.add('name', `must be a string, not ${typeName(value)}`);
    return null;
  }
  if (value.length > LIMITS.nameLengthMax)
    problems.add('name', `is ${value.length} characters; the limit is ${LIMITS.nameLengthMax}`);
  else {
    const control = controlProblem(value);
    if (control !== null) problems.add('name', control);
  }
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

/**
 * The rules a scenario (or an edit, at `path`) breaks: known names, each once. An unknown name's
 * message lists the protocol's own rule breaks.
 */
export function readBugs(
  problems: Problems,
  value: unknown,
  path = 'bugs',
  protocol: Protocol = 'basic',
): RuleBreak[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.add(path, `must be a list of rule names, not ${typeName(value)}`);
    return [];
  }
  const bugs: RuleBreak[] = [];
  value.forEach((item, i) => {
    if (!isRuleBreak(item)) {
      problems.add(
        `${path}[${i}]`,
        typeof item === 'string'
          ? `unknown rule break ${quote(item)} (known: ${bugsOf(protocol).join(', ')})`
          : `must be a rule name, not ${typeName(item)}`,
      );
    } else if (bugs.includes(item)) {
      problems.add(`${path}[${i}]`, `${quote(item)} is listed twice`);
    } else {
      bugs.push(item);
    }
  });
  return bugs;
}
