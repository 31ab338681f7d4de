import type { NodeId, Protocol, Quorums, Rng, RuleBreak } from '../engine';
import { chance, nodeId, randomInt, seedRng } from '../engine';
import type { Scenario, ScriptEntry } from '../scenario';
import { CLIENT_VALUES } from './choices';
import { simulate } from './run';

export const FAULTS = ['drop', 'duplicate', 'partition', 'crash'] as const;
export type Fault = (typeof FAULTS)[number];

export interface FuzzOptions {
  runs: number;
  seed: number;
  acceptors: number;
  proposers: number;
  faults: readonly Fault[];
  bugs: readonly RuleBreak[];
  /** Absent: Basic Paxos with majorities, as before. */
  protocol?: Protocol;
  quorums?: Quorums;
}

export interface FuzzReport {
  runs: number;
  /** How many runs broke an invariant. */
  violations: number;
  firstViolation: { seed: number; invariant: string; detail: string } | null;
  messagesPerSecond: number;
}

/** The seed of run i of a fuzz started from `seed`: printed on failure, replayable alone. */
export function runSeed(seed: number, i: number): number {
  return (seed + i) >>> 0;
}

/**
 * A random scenario: every client asks its own proposer for its own value at a random time,
 * over a network with the chosen faults. The same seed and options give the same scenario, so a
 * failing run is reproduced from its printed seed.
 */
export function fuzzScenario(seed: number, options: Omit<FuzzOptions, 'runs' | 'seed'>): Scenario {
  const base = basicFuzzScenario(seed, options);
  const withQuorums = options.quorums === undefined ? base : { ...base, quorums: options.quorums };
  return options.protocol === 'multi-paxos' ? multiPaxosFuzz(withQuorums, seed) : withQuorums;
}

/**
 * Multi-Paxos over the same nodes and faults: each client asks its own proposer for three
 * commands at random times (a log needs several), retries after a random wait, and leaders
 * beat and pipeline with random settings. Drawn from a second stream, so the Basic Paxos part
 * of the scenario is the one the same seed gives Basic Paxos.
 */
function multiPaxosFuzz(base: Scenario, seed: number): Scenario {
  const rng = seedRng(seed ^ 0x5f3759df);
  const script: ScriptEntry[] = [...base.script];
  for (let i = 0; i < base.nodes.clients; i++) {
    const client = nodeId('client', i);
    const proposer = nodeId('proposer', i);
    for (const n of [2, 3])
      script.push({
        at: randomInt(rng, 0, 60),
        request: { client, proposer, value: `${CLIENT_VALUES[i]}${n}` },
      });
  }
  return {
    ...base,
    protocol: 'multi-paxos',
    proposer: { ...base.proposer, heartbeat: randomInt(rng, 2, 8), window: randomInt(rng, 1, 4) },
    client: { retry: randomInt(rng, 0, 1) === 0 ? 0 : randomInt(rng, 10, 40) },
    script: script.sort((a, b) => a.at - b.at),
  };
}

function basicFuzzScenario(seed: number, options: Omit<FuzzOptions, 'runs' | 'seed'>): Scenario {
  const rng = seedRng(seed);
  const has = (fault: Fault): boolean => options.faults.includes(fault);
  const nodes = {
    clients: options.proposers,
    proposers: options.proposers,
    acceptors: options.acceptors,
    learners: 2,
  };
  const delayMax = randomInt(rng, 1, 4);
  const script: ScriptEntry[] = [];
  for (let i = 0; i < options.proposers; i++) {
    const request = {
      client: nodeId('client', i),
      proposer: nodeId('proposer', i),
      value: CLIENT_VALUES[i]!,
    };
    script.push({ at: randomInt(rng, 0, 20), request });
  }
  if (has('crash')) script.push(...crashes(rng, nodes));
  if (has('partition')) script.push(...partitions(rng, nodes));
  if (has('drop') && chance(rng, 0.5)) {
    const to = nodeId('acceptor', randomInt(rng, 0, options.acceptors - 1));
    const at = randomInt(rng, 0, 40);
    script.push({
      at,
      drop: { type: chance(rng, 0.5) ? 'Accept' : 'Prepare', to },
      until: at + randomInt(rng, 0, 30),
    });
  }
  return {
    version: 1,
    name: `fuzz ${seed}`,
    title: null,
    goal: null,
    stops: [],
    seed,
    nodes,
    network: {
      delay: [1, delayMax],
      drop: has('drop') ? randomInt(rng, 0, 25) / 100 : 0,
      duplicate: has('duplicate') ? randomInt(rng, 0, 20) / 100 : 0,
    },
    proposer: {
      timeout: 2 * delayMax + randomInt(rng, 1, 10),
      backoff: [0, randomInt(rng, 1, 12)],
    },
    bugs: [...options.bugs],
    until: 300,
    script: script.sort((a, b) => a.at - b.at),
  };
}

function allNodes(nodes: Scenario['nodes']): NodeId[] {
  return [
    ...Array.from({ length: nodes.proposers }, (_, i) => nodeId('proposer', i)),
    ...Array.from({ length: nodes.acceptors }, (_, i) => nodeId('acceptor', i)),
    ...Array.from({ length: nodes.learners }, (_, i) => nodeId('learner', i)),
  ];
}

function crashes(rng: Rng, nodes: Scenario['nodes']): ScriptEntry[] {
  const entries: ScriptEntry[] = [];
  const candidates = allNodes(nodes);
  for (let n = randomInt(rng, 0, 3); n > 0; n--) {
    const node = candidates[randomInt(rng, 0, candidates.length - 1)]!;
    const at = randomInt(rng, 0, 80);
    entries.push({ at, crash: node });
    if (chance(rng, 0.75)) entries.push({ at: at + randomInt(rng, 1, 60), restart: node });
  }
  return entries;
}

function partitions(rng: Rng, nodes: Scenario['nodes']): ScriptEntry[] {
  const entries: ScriptEntry[] = [];
  for (let n = randomInt(rng, 0, 2); n > 0; n--) {
    const side = allNodes(nodes).filter(() => chance(rng, 0.5));
    if (side.length === 0) continue;
    const at = randomInt(rng, 0, 80);
    entries.push({ at, partition: [side] });
    entries.push({ at: at + randomInt(rng, 5, 60), heal: true });
  }
  return entries;
}

/**
 * Runs `runs` random scenarios and reports how many broke an invariant and how fast the engine
 * went. The clock is an argument: sim stays free of I/O so workers and tests can use it.
 */
export function fuzz(options: FuzzOptions, clock: () => number): FuzzReport {
  let violations = 0;
  let firstViolation: FuzzReport['firstViolation'] = null;
  let delivered = 0;
  let elapsed = 0;
  for (let i = 0; i < options.runs; i++) {
    const seed = runSeed(options.seed, i);
    const scenario = fuzzScenario(seed, options);
    const start = clock();
    const outcome = simulate(scenario, seed, null);
    elapsed += clock() - start;
    delivered += outcome.world.delivered;
    const violation = outcome.world.violations[0];
    if (violation === undefined) continue;
    violations++;
    firstViolation ??= { seed, invariant: violation.invariant, detail: violation.detail };
  }
  return {
    runs: options.runs,
    violations,
    firstViolation,
    messagesPerSecond: elapsed > 0 ? Math.round(delivered / (elapsed / 1000)) : 0,
  };
}
