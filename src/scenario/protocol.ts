import type { RuleBreak, NodeCounts, Protocol, Quorums } from '../engine';
import { bugFits, MULTI_PAXOS_DEFAULTS, NOOP, PROTOCOLS, quorumsOverlap } from '../engine';
import type { Problems, ValidationError } from './problems';
import { isRecord, knownKeys, shown, typeName } from './problems';
import { quote } from './quote';
import type { ClientSettings, ProposerSettings, Scenario, ScriptEntry } from './scenarioTypes';
import { LIMITS } from './scenarioTypes';

/**
 * The fields that choose a protocol and its quorums: `protocol`, `quorums`, `client`, and the
 * Multi-Paxos settings of `proposer`. A Basic Paxos file leaves them out and reads back as it
 * always did; one that gives a Multi-Paxos field without the protocol is told so by path.
 */
export function readProtocol(problems: Problems, value: unknown): Protocol {
  if (value === undefined) return 'basic';
  if (typeof value === 'string' && (PROTOCOLS as readonly string[]).includes(value))
    return value as Protocol;
  problems.add(
    'protocol',
    `unknown protocol ${shown(value)} (known: ${PROTOCOLS.map((p) => `"${p}"`).join(', ')})`,
  );
  return 'basic';
}

export function readQuorums(
  problems: Problems,
  value: unknown,
  nodes: NodeCounts,
  bugs: readonly RuleBreak[],
): Quorums | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    problems.add(
      'quorums',
      `must be an object like { "phase1": 2, "phase2": 2 }, not ${typeName(value)}`,
    );
    return undefined;
  }
  knownKeys(problems, value, 'quorums', ['phase1', 'phase2']);
  const n = nodes.acceptors;
  const count = (key: 'phase1' | 'phase2'): number => {
    if (value[key] === undefined) {
      problems.add(`quorums.${key}`, `required (1 to ${n}, the number of acceptors)`);
      return 1;
    }
    return problems.integer(value[key], `quorums.${key}`, 1, n, 1);
  };
  const quorums = { phase1: count('phase1'), phase2: count('phase2') };
  if (bugs.includes('minority-quorum'))
    problems.add(
      'quorums',
      'cannot be given with the "minority-quorum" rule break: both set the quorums',
    );
  return quorums;
}

/** Multi-Paxos's client settings, every default filled in. */
export function readClient(problems: Problems, value: unknown): ClientSettings {
  const client: ClientSettings = { retry: MULTI_PAXOS_DEFAULTS.retry };
  if (value === undefined) return client;
  if (!isRecord(value)) {
    problems.add('client', `must be an object like { "retry": 20 }, not ${typeName(value)}`);
    return client;
  }
  knownKeys(problems, value, 'client', ['retry']);
  if (value.retry !== undefined)
    client.retry = problems.integer(value.retry, 'client.retry', 0, LIMITS.retryMax, client.retry);
  return client;
}

/** The proposer settings with Multi-Paxos's heartbeat and window filled in. */
export function withMultiPaxosTiming(proposer: ProposerSettings): ProposerSettings {
  return {
    ...proposer,
    heartbeat: proposer.heartbeat ?? MULTI_PAXOS_DEFAULTS.heartbeat,
    window: proposer.window ?? MULTI_PAXOS_DEFAULTS.window,
  };
}

/** The Multi-Paxos fields a Basic Paxos file may not give, and rule breaks of the other protocol. */
export function checkProtocolFields(
  problems: Problems,
  data: Record<string, unknown>,
  protocol: Protocol,
  bugs: readonly RuleBreak[],
  script: readonly ScriptEntry[],
): void {
  bugs.forEach((bug, i) => {
    if (!bugFits(bug, protocol))
      problems.add(
        `bugs[${i}]`,
        `${quote(bug)} is a rule of ${protocol === 'basic' ? '"protocol": "multi-paxos"' : 'Basic Paxos (Multi-Paxos has "ignore-promised-slots")'}`,
      );
  });
  if (protocol === 'multi-paxos') {
    script.forEach((entry, i) => {
      if ('request' in entry && entry.request.value === NOOP)
        problems.add(
          `script[${i}].request.value`,
          `${quote(NOOP)} is the leader's gap filler, not a command`,
        );
    });
    return;
  }
  const only = 'applies only to "protocol": "multi-paxos"';
  if (data.client !== undefined) problems.add('client', only);
  const proposer = isRecord(data.proposer) ? data.proposer : {};
  for (const key of ['heartbeat', 'window'])
    if (proposer[key] !== undefined) problems.add(`proposer.${key}`, only);
  script.forEach((entry, i) => {
    if ('request' in entry && entry.request.seq !== undefined)
      problems.add(`script[${i}].request.seq`, only);
    if ('proposer' in entry)
      for (const key of ['heartbeat', 'window'] as const)
        if (entry.proposer[key] !== undefined) problems.add(`script[${i}].proposer.${key}`, only);
  });
}

/** What is valid but worth saying: quorums that need not overlap no longer keep Paxos safe. */
export function protocolWarnings(scenario: Scenario): ValidationError[] {
  const quorums = scenario.quorums;
  const n = scenario.nodes.acceptors;
  if (quorums === undefined || quorumsOverlap(quorums, n)) return [];
  return [
    {
      path: 'quorums',
      message: `phase1 + phase2 is ${quorums.phase1 + quorums.phase2}, not above the ${n} acceptors: a phase 1 quorum and a phase 2 quorum need not share an acceptor, so safety is no longer guaranteed`,
    },
  ];
}
