import type { Input, Message, MultiWorld, World } from '../engine';
import { nextBallot, nextBallotOf } from '../engine';

/**
 * How much nondeterminism a schedule may use. Without bounds the space of schedules is
 * infinite (ballots grow forever, every message can be duplicated forever); with them, random
 * and exhaustive search stay finite and their claims are honest about their size.
 */
export interface Bounds {
  /** No proposer starts a ballot above this. */
  maxBallot: number;
  crashes: number;
  drops: number;
  duplicates: number;
  partitions: number;
  /**
   * Multi-Paxos: how many times clients may send a request again; absent for no bound. Every
   * retry is a new copy of a command, so without a bound an exhaustive search never ends.
   */
  retries?: number;
}

/** What a schedule has used of its bounds so far. */
export interface Used {
  crashes: number;
  drops: number;
  duplicates: number;
  partitions: number;
  retries: number;
}

export const NOTHING_USED: Used = {
  crashes: 0,
  drops: 0,
  duplicates: 0,
  partitions: 0,
  retries: 0,
};

/**
 * Every input that could happen next in an asynchronous network, within the bounds: any
 * in-flight message may arrive (or be lost, or be copied), any running proposer may time out,
 * any node may crash or restart, any node may be cut off. Times do not matter here: each input
 * is stamped one tick after the last.
 */
export function enabledInputs(world: World, bounds: Bounds, used: Used): Input[] {
  const at = world.now + 1;
  const inputs: Input[] = [];
  const messages = byId(world.inFlight);
  for (const m of messages) inputs.push({ kind: 'deliver', at, id: m.id });
  if (world.multi !== undefined) inputs.push(...logTimeouts(world, world.multi, bounds, used, at));
  else
    for (const p of world.proposers) {
      if (p.timer === null || !p.up) continue;
      if (p.timer.kind === 'timeout' || nextBallotOf(world, p) <= bounds.maxBallot)
        inputs.push({ kind: 'timeout', at, node: p.id });
    }
  if (used.drops < bounds.drops)
    for (const m of messages) inputs.push({ kind: 'drop', at, id: m.id });
  if (used.duplicates < bounds.duplicates)
    for (const m of messages) inputs.push({ kind: 'duplicate', at, id: m.id });
  // Clients never fail in generated schedules: a silent client only hides what Paxos does.
  for (const nodes of [world.proposers, world.acceptors, world.learners]) {
    for (const node of nodes) {
      if (!node.up) inputs.push({ kind: 'restart', at, node: node.id });
      else if (used.crashes < bounds.crashes) inputs.push({ kind: 'crash', at, node: node.id });
    }
  }
  if (used.partitions < bounds.partitions) {
    if (world.partition.length > 0) inputs.push({ kind: 'heal', at });
    else
      for (const nodes of [world.proposers, world.acceptors, world.learners])
        for (const node of nodes) inputs.push({ kind: 'partition', at, groups: [[node.id]] });
  }
  return inputs;
}

/**
 * Multi-Paxos's timers: a leader's heartbeat and a candidate's deadline may always fire; a
 * timer that starts a campaign only within the ballot bound; a client's retry always.
 */
function logTimeouts(
  world: World,
  multi: MultiWorld,
  bounds: Bounds,
  used: Used,
  at: number,
): Input[] {
  const inputs: Input[] = [];
  for (const p of multi.proposers) {
    if (p.timer === null || !world.proposers[p.index]!.up) continue;
    const campaigns = p.timer.kind === 'silence' || p.timer.kind === 'retry';
    const next = nextBallot(
      p.index,
      multi.proposers.length,
      p.maxBallot,
      world.rules.sharedBallots,
    );
    if (!campaigns || next <= bounds.maxBallot) inputs.push({ kind: 'timeout', at, node: p.id });
  }
  if (bounds.retries !== undefined && used.retries >= bounds.retries) return inputs;
  for (const c of multi.clients)
    if (c.outstanding.some((o) => o.retryAt !== null) && world.clients[c.index]!.up)
      inputs.push({ kind: 'timeout', at, node: c.id });
  return inputs;
}

/** In-flight messages oldest first (a heap is often in that order already: then no copy). */
function byId(inFlight: readonly Message[]): readonly Message[] {
  for (let i = 1; i < inFlight.length; i++)
    if (inFlight[i]!.id < inFlight[i - 1]!.id) return [...inFlight].sort((a, b) => a.id - b.id);
  return inFlight;
}

const CLIENT = 'C'.charCodeAt(0);

/** Counts what an applied input used of the bounds. */
export function spend(used: Used, input: Input): Used {
  switch (input.kind) {
    case 'crash':
      return { ...used, crashes: used.crashes + 1 };
    case 'drop':
      return { ...used, drops: used.drops + 1 };
    case 'duplicate':
      return { ...used, duplicates: used.duplicates + 1 };
    case 'partition':
      return { ...used, partitions: used.partitions + 1 };
    case 'timeout':
      // Only clients' timeouts are retries (a Basic Paxos client has no timer).
      return input.node.charCodeAt(0) === CLIENT ? { ...used, retries: used.retries + 1 } : used;
    default:
      return used;
  }
}
