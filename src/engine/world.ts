import type { RuleBreak, NetworkConfig, ProposerConfig, WorldConfig } from './config';
import { hasBug, protocolOf, quorumsOf } from './config';
import type { MultiWorld } from './multi/nodes';
import { cloneMultiWorld, newMultiWorld } from './multi/nodes';
import type { Ghost } from './ghost';
import { newGhost } from './ghost';
import { indexOf, nodeId, roleOf } from './ids';
import type { NodeId, Role } from './ids';
import type { DropReason, Message, MessageType } from './messages';
import type { AcceptorState, ClientState, LearnerState, ProposerState } from './nodes';
import {
  ACCEPTOR,
  CLIENT,
  LEARNER,
  newAcceptor,
  newClient,
  newLearner,
  newProposer,
  PROPOSER,
} from './nodes';
import type { Rng } from './rng';
import type { Violation } from './violations';
import { seedRng } from './rng';

/** A network rule that loses matching messages (the scenario's `drop` entries). */
export interface DropRule {
  type: MessageType | null;
  from: NodeId | null;
  to: NodeId | null;
  /** Last tick (inclusive) at which a sent message can match; null for a one-shot rule. */
  until: number | null;
  /** A one-shot rule is spent after its first match. */
  spent: boolean;
}

/** Rule switches read on every message, computed once from the config. */
export interface Rules {
  /** Acceptors whose Accepted make a value chosen (phase 2). */
  quorum: number;
  /** Acceptors whose promises start phase 2 (phase 1); the same as `quorum` unless flexible. */
  prepareQuorum: number;
  ignorePromisedValues: boolean;
  amnesiacAcceptor: boolean;
  acceptAnyBallot: boolean;
  sharedBallots: boolean;
  /** Multi-Paxos's rule breaks (all false in Basic Paxos). */
  ignorePromisedSlots: boolean;
  skipHoles: boolean;
  noDedup: boolean;
  outOfOrderApply: boolean;
}

/**
 * Everything the engine knows, as plain data: it can be structured-cloned, serialised and
 * checkpointed. Nothing outside the world influences a step except the input itself.
 */
/** The network and timing parameters in force now: they start as the config says and may change mid-run. */
export interface Settings {
  network: NetworkConfig;
  proposer: ProposerConfig;
}

export interface World {
  readonly config: WorldConfig;
  readonly rules: Rules;
  settings: Settings;
  now: number;
  rng: Rng;
  nextMessageId: number;
  clients: ClientState[];
  proposers: ProposerState[];
  acceptors: AcceptorState[];
  learners: LearnerState[];
  /** Messages the network still holds, as a binary heap ordered by (deliverAt, id). */
  inFlight: Message[];
  /** The partition as given (groups of node ids); empty when the network is whole. */
  partition: NodeId[][];
  /** For each node in a partition group, the group's index; unlisted nodes share side -1. */
  side: Record<NodeId, number>;
  dropRules: DropRule[];
  ghost: Ghost;
  violations: Violation[];
  /** Messages handed to their receiver, and messages the network lost, so far. */
  delivered: number;
  dropped: number;
  /** Multi-Paxos's roles and ghost; absent in a Basic Paxos world. */
  multi?: MultiWorld;
}

function rulesOf(config: WorldConfig): Rules {
  const on = (bug: RuleBreak): boolean => hasBug(config, bug);
  const quorums = quorumsOf(config);
  return {
    quorum: quorums.phase2,
    prepareQuorum: quorums.phase1,
    ignorePromisedValues: on('ignore-promised-values'),
    amnesiacAcceptor: on('amnesiac-acceptor'),
    acceptAnyBallot: on('accept-any-ballot'),
    sharedBallots: on('shared-ballots'),
    ignorePromisedSlots: on('ignore-promised-slots'),
    skipHoles: on('skip-holes'),
    noDedup: on('no-dedup'),
    outOfOrderApply: on('out-of-order-apply'),
  };
}

function range<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

export function createWorld(config: WorldConfig, seed: number): World {
  const { clients, proposers, acceptors, learners } = config.nodes;
  const world: World = {
    config,
    rules: rulesOf(config),
    settings: { network: config.network, proposer: config.proposer },
    now: 0,
    rng: seedRng(seed),
    nextMessageId: 0,
    clients: range(clients, (i) => newClient(nodeId('client', i))),
    proposers: range(proposers, (i) => newProposer(nodeId('proposer', i), i)),
    acceptors: range(acceptors, (i) => newAcceptor(nodeId('acceptor', i), i)),
    learners: range(learners, (i) => newLearner(nodeId('learner', i), i)),
    inFlight: [],
    partition: [],
    side: {},
    dropRules: [],
    ghost: newGhost(acceptors, learners),
    violations: [],
    delivered: 0,
    dropped: 0,
  };
  if (protocolOf(config) === 'multi-paxos') {
    const ids = (nodes: { id: NodeId }[]) => nodes.map((n) => n.id);
    world.multi = newMultiWorld({
      clients: ids(world.clients),
      proposers: ids(world.proposers),
      acceptors: ids(world.acceptors),
      learners: ids(world.learners),
    });
  }
  return world;
}

/**
 * A deep copy that shares only what is never mutated (config, messages, proposals). Faster than
 * structuredClone and keeps checkpoints independent of the world that goes on running.
 */
export function cloneWorld(world: World): World {
  return {
    config: world.config,
    rules: world.rules,
    settings: { ...world.settings },
    now: world.now,
    rng: [...world.rng],
    nextMessageId: world.nextMessageId,
    clients: world.clients.map((c) => CLIENT.clone(c)),
    proposers: world.proposers.map((p) => PROPOSER.clone(p)),
    acceptors: world.acceptors.map((a) => ACCEPTOR.clone(a)),
    learners: world.learners.map((l) => LEARNER.clone(l)),
    inFlight: [...world.inFlight],
    partition: world.partition.map((group) => [...group]),
    side: { ...world.side },
    dropRules: world.dropRules.map((r) => ({ ...r })),
    ghost: {
      votes: world.ghost.votes.map((v) => ({ ...v })),
      chosen: [...world.ghost.chosen],
      lastPromised: [...world.ghost.lastPromised],
      lastAccepted: [...world.ghost.lastAccepted],
      lastLearned: [...world.ghost.lastLearned],
    },
    violations: [...world.violations],
    delivered: world.delivered,
    dropped: world.dropped,
    ...(world.multi === undefined ? {} : { multi: cloneMultiWorld(world.multi) }),
  };
}

/** The state of any node by id, or undefined for an id this world does not have. */
export function findNode(
  world: World,
  id: NodeId,
): ClientState | ProposerState | AcceptorState | LearnerState | undefined {
  // Hot (every arrival asks for its receiver): the first letter and the number, no regex.
  const index = indexOf(id);
  switch (roleOf(id) as Role | undefined) {
    case 'client':
      return world.clients[index];
    case 'proposer':
      return world.proposers[index];
    case 'acceptor':
      return world.acceptors[index];
    case 'learner':
      return world.learners[index];
    default:
      return undefined;
  }
}

export function allNodeIds(world: World): NodeId[] {
  return [...world.clients, ...world.proposers, ...world.acceptors, ...world.learners].map(
    (n) => n.id,
  );
}

export type { DropReason };
