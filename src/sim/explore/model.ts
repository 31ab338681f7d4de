import type {
  Input,
  Invariant,
  Protocol,
  Quorums,
  RuleBreak,
  World,
  WorldConfig,
} from '../../engine';
import { apply, bugFits, createWorld, isRuleBreak, nodeId } from '../../engine';
import { CLIENT_VALUES, openingRequests } from '../choices';
import type { Bounds } from '../enabled';
import type { Limits, RandomPhase } from './searchOptions';

/**
 * What a search explores: a system of `acceptors` acceptors and `proposers` proposers, each
 * proposer with its own client asking it for its own value (X, Y, …) at the start, with the
 * given rules broken, over every schedule the bounds allow. Learners are left out: whether a
 * value is chosen is decided by the acceptors' votes, and learners never talk back to them.
 */
export interface ExploreModel {
  /** Absent means Basic Paxos, so every model made before Multi-Paxos stays as it was. */
  protocol?: Protocol;
  acceptors: number;
  proposers: number;
  bugs: readonly RuleBreak[];
  /** Absent means majorities (see the engine's quorumsOf). */
  quorums?: Quorums;
  /** Multi-Paxos: the log's length, which is also how many commands the clients send. */
  slots?: number;
  bounds: Bounds;
}

export function modelProtocol(model: ExploreModel): Protocol {
  return model.protocol ?? 'basic';
}

/** The invariants a search looks for; a state that breaks one of them ends its schedule. */
export type Target = readonly Invariant[];

export const AGREEMENT_ONLY: Target = ['Agreement'];
/** Every invariant a model can break (learners are left out, so learner consistency is not here). */
export const MODEL_INVARIANTS: Target = [
  'Agreement',
  'Validity',
  'PromiseMonotonicity',
  'AcceptedWithinPromise',
];

/**
 * Every invariant a Multi-Paxos model can break. Its one replica is searched (it applies the
 * log), so the replicas' own checks are here; with one replica they cannot diverge, so
 * ReplicaConsistency is left out. NoHoles is how a liveness failure is caught in a bounded
 * search: a leader with a slot below its next one neither chosen nor proposed means no replica
 * can ever apply that slot, or any after it, though later slots are chosen.
 */
export const LOG_MODEL_INVARIANTS: Target = [
  'Agreement',
  'Validity',
  'PromiseMonotonicity',
  'AcceptedWithinPromise',
  'AppliedOnce',
  'SlotOrder',
  'NoHoles',
];

/** The invariants a model of this protocol can break. */
export function modelInvariants(model: ExploreModel): Target {
  return modelProtocol(model) === 'basic' ? MODEL_INVARIANTS : LOG_MODEL_INVARIANTS;
}

/**
 * The Multi-Paxos model the CLI searches by default: the lab's size, a log of two slots, and
 * one client retry (what makes a duplicate command possible, and so `no-dedup` visible).
 */
export const LOG_MODEL: ExploreModel = {
  protocol: 'multi-paxos',
  acceptors: 3,
  proposers: 2,
  bugs: [],
  slots: 2,
  bounds: { maxBallot: 3, crashes: 1, drops: 0, duplicates: 0, partitions: 0, retries: 1 },
};

/**
 * The size the lab opens with. Loss, partitions and copies are off: for safety a lost message
 * is the same as one never delivered, which every schedule already includes, so they would add
 * states but no behaviour. One crash is what a forgetful acceptor needs to show its break.
 */
export const LAB_MODEL: ExploreModel = {
  acceptors: 3,
  proposers: 2,
  bugs: [],
  bounds: { maxBallot: 3, crashes: 1, drops: 0, duplicates: 0, partitions: 0 },
};

/** The lab's limits: a search that would take longer than a minute stops and says so. */
export const LAB_LIMITS: Limits = { statesMax: 4_000_000, timeMaxMs: 60_000 };
/** The lab tries this many seeded random schedules before searching them all. */
export const LAB_RANDOM: RandomPhase = { walks: 2000, stepsMax: 60, timeMaxMs: 1500, seed: 1 };

/** Ranges a model must stay in: beyond them the state space is far past any limit. */
export const MODEL_LIMITS = {
  acceptors: [1, 5],
  proposers: [1, 3],
  maxBallot: [1, 12],
  faults: [0, 4],
  slots: [1, 4],
} as const;

/** Why a model cannot be searched (a sentence), or null when it can. */
export function modelProblem(model: ExploreModel): string | null {
  const ranges: [string, number, readonly [number, number]][] = [
    ['acceptors', model.acceptors, MODEL_LIMITS.acceptors],
    ['proposers', model.proposers, MODEL_LIMITS.proposers],
    ['maxBallot', model.bounds.maxBallot, MODEL_LIMITS.maxBallot],
    ['crashes', model.bounds.crashes, MODEL_LIMITS.faults],
    ['drops', model.bounds.drops, MODEL_LIMITS.faults],
    ['duplicates', model.bounds.duplicates, MODEL_LIMITS.faults],
    ['partitions', model.bounds.partitions, MODEL_LIMITS.faults],
  ];
  if (modelProtocol(model) === 'multi-paxos') {
    ranges.push(['slots', model.slots ?? 2, MODEL_LIMITS.slots]);
    ranges.push(['retries', model.bounds.retries ?? 0, MODEL_LIMITS.faults]);
  }
  for (const [name, value, [min, max]] of ranges) {
    if (!Number.isInteger(value) || value < min || value > max)
      return `${name} is ${value}; it must be a whole number from ${min} to ${max}`;
  }
  const unknown = model.bugs.find((bug) => !isRuleBreak(bug));
  if (unknown !== undefined) return `unknown rule break ${JSON.stringify(unknown)}`;
  const foreign = model.bugs.find((bug) => !bugFits(bug, modelProtocol(model)));
  if (foreign !== undefined) return `${foreign} is not a rule of ${modelProtocol(model)}`;
  return quorumsProblem(model);
}

function quorumsProblem(model: ExploreModel): string | null {
  if (model.quorums === undefined) return null;
  for (const [name, q] of [
    ['phase 1', model.quorums.phase1],
    ['phase 2', model.quorums.phase2],
  ] as const)
    if (!Number.isInteger(q) || q < 1 || q > model.acceptors)
      return `the ${name} quorum is ${q}; it must be a whole number from 1 to ${model.acceptors}`;
  return null;
}

/**
 * The engine's configuration for a model. The network is deterministic (one tick, no random
 * loss or copies) and the backoff is fixed, so the world's random generator is never drawn
 * from: every bit of nondeterminism is an explicit input the search chooses.
 */
export function modelConfig(model: ExploreModel, learners = 0): WorldConfig {
  const quorums = model.quorums === undefined ? {} : { quorums: { ...model.quorums } };
  const basic: WorldConfig = {
    nodes: {
      clients: model.proposers,
      proposers: model.proposers,
      acceptors: model.acceptors,
      learners,
    },
    network: { delay: [1, 1], drop: 0, duplicate: 0 },
    proposer: { timeout: 5, backoff: [0, 0] },
    bugs: [...model.bugs],
    ...quorums,
  };
  if (modelProtocol(model) === 'basic') return basic;
  // The replica is searched: it applies the log, which is what three of the rule breaks spoil.
  // A window as long as the log lets the leader pipeline every slot.
  return {
    ...basic,
    protocol: 'multi-paxos',
    nodes: { ...basic.nodes, learners: LOG_REPLICAS },
    proposer: { timeout: 5, backoff: [0, 0], heartbeat: 5, window: model.slots ?? 2 },
    client: { retry: 20 },
  };
}

/** Replicas in a Multi-Paxos model: one applies the log; a second would only mirror it. */
const LOG_REPLICAS = 1;

/**
 * The requests every schedule of a model starts with. Basic Paxos: each client asks its own
 * proposer for its own value. Multi-Paxos: as many commands as the log has slots, dealt out
 * in turn (C1 asks P1 for X, C2 asks P2 for Y, C1 asks P1 for X2…), so both proposers have a
 * command to campaign for and the log can fill without a retry.
 */
export function modelRequests(model: ExploreModel): Extract<Input, { kind: 'request' }>[] {
  const config = modelConfig(model);
  if (modelProtocol(model) === 'basic') return openingRequests(config);
  const clients = config.nodes.clients;
  return Array.from({ length: model.slots ?? 2 }, (_, k) => {
    const client = k % clients;
    const round = Math.floor(k / clients);
    return {
      kind: 'request' as const,
      at: 0,
      client: nodeId('client', client),
      proposer: nodeId('proposer', client % config.nodes.proposers),
      value: `${CLIENT_VALUES[client]!}${round === 0 ? '' : round + 1}`,
    };
  });
}

/** The seed of every model world (nothing is ever drawn from it, see modelConfig). */
export const MODEL_SEED = 1;

/** The world every schedule starts from: each client has sent its request. */
export function initialWorld(model: ExploreModel): World {
  const world = createWorld(modelConfig(model), MODEL_SEED);
  for (const request of modelRequests(model)) apply(world, request, null);
  return world;
}

/** Whether the world breaks one of the target invariants (after the last step). */
export function breaks(world: World, target: Target): boolean {
  return world.violations.length > 0 && world.violations.some((v) => target.includes(v.invariant));
}
