import { countBits, nextBallot } from '../ballot';
import type { EventSink } from '../events';
import { ignore } from '../events';
import { indexOf } from '../ids';
import type { Message } from '../messages';
import { send } from '../network';
import type { World } from '../world';
import { MULTI_PAXOS_DEFAULTS } from '../config';
import type { Command, ReportedEntry } from './log';
import { commandOf, entryAt, NOOP_COMMAND, sameCommand } from './log';
import type { LeaderState } from './nodes';
import { LEADER } from './nodes';

/**
 * The leader's side of Multi-Paxos: phase 1 once for every slot, recovery of what promises
 * report, then one Accept! round trip per command, several slots in flight up to the window.
 */

/** The first slot this proposer does not know is chosen: phase 1 asks from there on. */
export function firstUnknown(proposer: LeaderState): number {
  let slot = 1;
  while (entryAt(proposer.decided, slot) !== undefined) slot++;
  return slot;
}

export function heartbeatTicks(world: World): number {
  return world.settings.proposer.heartbeat ?? MULTI_PAXOS_DEFAULTS.heartbeat;
}

/** Phase 1a: a ballot above every ballot seen, Prepare(b, first unknown slot) to all acceptors. */
export function campaign(
  world: World,
  proposer: LeaderState,
  reason: 'request' | 'silence' | 'retry',
  sink: EventSink,
): void {
  const ballot = nextBallot(
    proposer.index,
    world.proposers.length,
    proposer.maxBallot,
    world.rules.sharedBallots,
  );
  proposer.maxBallot = ballot;
  proposer.ballot = ballot;
  proposer.phase = 'candidate';
  proposer.leader = null;
  LEADER.forget(proposer, ['ballot']);
  proposer.timer = { kind: 'timeout', at: world.now + world.settings.proposer.timeout };
  const slot = firstUnknown(proposer);
  sink?.push({ kind: 'campaign', node: proposer.id, ballot, slot, reason, at: world.now });
  for (const acceptor of world.acceptors)
    send(world, { type: 'Prepare', from: proposer.id, to: acceptor.id, ballot, slot }, sink);
}

/** Counts promises of this ballot, keeping per slot the highest-ballot entry reported. */
export function onLogPromise(
  world: World,
  proposer: LeaderState,
  message: Message,
  sink: EventSink,
): void {
  const bit = 1 << indexOf(message.from);
  const moot =
    message.ballot !== proposer.ballot || proposer.phase === 'follower'
      ? 'old-ballot'
      : proposer.phase === 'backoff'
        ? 'gave-up'
        : proposer.phase === 'leader'
          ? 'already-quorum'
          : (proposer.promises & bit) !== 0
            ? 'already-counted'
            : null;
  if (moot !== null) return ignore(sink, proposer.id, message, moot, world.now);
  proposer.promises |= bit;
  for (const entry of message.log ?? []) {
    const known = entryAt(proposer.reports, entry.slot);
    if (known !== undefined && known.ballot >= entry.ballot) continue;
    const reported: ReportedEntry = { ...entry, acceptor: message.from };
    proposer.reports = [...proposer.reports.filter((e) => e.slot !== entry.slot), reported];
  }
  const count = countBits(proposer.promises);
  const quorum = world.rules.prepareQuorum;
  if (count >= quorum) return lead(world, proposer, sink);
  const { id: node, ballot } = proposer;
  sink?.push({ kind: 'counted', node, message: message.id, ballot, count, quorum, at: world.now });
}

/**
 * Phase 1 won. Every slot from the first unknown to the highest reported gets a proposal:
 * the highest-ballot command reported there (it may be chosen already), or noop where no
 * acceptor reported one, so replicas can move past it. New commands take the slots after.
 * `ignore-promised-slots` puts the leader's own commands over reported ones; `skip-holes`
 * leaves the gaps empty.
 */
function lead(world: World, proposer: LeaderState, sink: EventSink): void {
  proposer.phase = 'leader';
  proposer.leader = proposer.id;
  const first = firstUnknown(proposer);
  const highest = proposer.reports.reduce((max, e) => Math.max(max, e.slot), 0);
  const { id: node, ballot } = proposer;
  sink?.push({ kind: 'lead', node, ballot, slot: first, highest, at: world.now });
  for (let slot = first; slot <= highest; slot++) {
    if (entryAt(proposer.decided, slot) !== undefined) continue;
    const reported = entryAt(proposer.reports, slot) ?? null;
    if (reported === null) {
      if (!world.rules.skipHoles) propose(world, proposer, slot, NOOP_COMMAND, NOOP_SLOT, sink);
    } else if (world.rules.ignorePromisedSlots && proposer.pending.length > 0) {
      const own = proposer.pending.shift()!;
      const why = { source: 'new', reported: null, ignoredReport: reported } as const;
      propose(world, proposer, slot, own, why, sink);
    } else {
      const why = { source: 'reported', reported, ignoredReport: null } as const;
      propose(world, proposer, slot, commandOf(reported), why, sink);
    }
  }
  const lastDecided = proposer.decided.reduce((max, e) => Math.max(max, e.slot), 0);
  proposer.nextSlot = Math.max(highest, lastDecided, first - 1) + 1;
  heartbeat(world, proposer, sink);
  fillWindow(world, proposer, sink);
}

/** Why a leader proposes what it proposes in a slot: the facts its `propose-slot` event carries. */
interface Why {
  source: 'new' | 'reported' | 'noop';
  reported: ReportedEntry | null;
  ignoredReport: ReportedEntry | null;
}

const NEW_COMMAND: Why = { source: 'new', reported: null, ignoredReport: null };
const NOOP_SLOT: Why = { source: 'noop', reported: null, ignoredReport: null };

function propose(
  world: World,
  proposer: LeaderState,
  slot: number,
  command: Command,
  why: Why,
  sink: EventSink,
): void {
  proposer.proposals.push({ ...command, slot, accepts: 0, sentAt: world.now });
  const { id: node, ballot } = proposer;
  sink?.push({ kind: 'propose-slot', node, ballot, slot, command, ...why, at: world.now });
  sendAccepts(world, proposer, slot, command, sink);
}

function sendAccepts(
  world: World,
  proposer: LeaderState,
  slot: number,
  command: Command,
  sink: EventSink,
): void {
  const { ballot, id: from } = proposer;
  const { value, client, seq } = command;
  for (const acceptor of world.acceptors)
    send(world, { type: 'Accept', from, to: acceptor.id, ballot, slot, value, client, seq }, sink);
}

/** New commands take the next free slots while fewer than `window` slots are in flight. */
export function fillWindow(world: World, proposer: LeaderState, sink: EventSink): void {
  const window = world.settings.proposer.window ?? MULTI_PAXOS_DEFAULTS.window;
  while (proposer.pending.length > 0 && proposer.proposals.length < window) {
    const command = proposer.pending.shift()!;
    propose(world, proposer, proposer.nextSlot++, command, NEW_COMMAND, sink);
  }
}

/** A quorum of Accepted for a slot's proposal in this ballot: the slot is chosen. */
export function onLogAccepted(
  world: World,
  proposer: LeaderState,
  message: Message,
  sink: EventSink,
): void {
  const slot = message.slot!;
  const proposal = proposer.proposals.find((p) => p.slot === slot);
  const bit = 1 << indexOf(message.from);
  const command = { value: message.value!, client: message.client, seq: message.seq ?? 0 };
  const moot =
    message.ballot !== proposer.ballot || proposer.phase !== 'leader'
      ? 'old-ballot'
      : proposal === undefined || !sameCommand(proposal, command)
        ? 'not-current-proposal'
        : (proposal.accepts & bit) !== 0
          ? 'already-counted'
          : null;
  if (moot !== null) return ignore(sink, proposer.id, message, moot, world.now);
  proposal!.accepts |= bit;
  const count = countBits(proposal!.accepts);
  const quorum = world.rules.quorum;
  const { id: node, ballot } = proposer;
  if (count < quorum) {
    const at = world.now;
    return void sink?.push({
      kind: 'counted',
      node,
      message: message.id,
      ballot,
      count,
      quorum,
      at,
    });
  }
  proposer.proposals = proposer.proposals.filter((p) => p !== proposal);
  proposer.decided = [...proposer.decided, { ...command, slot, ballot }].sort(
    (a, b) => a.slot - b.slot,
  );
  sink?.push({ kind: 'decide-slot', node, ballot, slot, value: command.value, at: world.now });
  fillWindow(world, proposer, sink);
}

/**
 * A leader's heartbeat tells the other proposers it is alive (so they do not campaign) and the
 * replicas which slots it knows are chosen (so one that missed them catches up). Proposals
 * waiting longer than the timeout are sent again: a lost Accept! must not stall its slot.
 */
export function heartbeat(world: World, proposer: LeaderState, sink: EventSink): void {
  const { id: from, ballot } = proposer;
  for (const other of world.proposers)
    if (other.id !== from) send(world, { type: 'Heartbeat', from, to: other.id, ballot }, sink);
  const log = proposer.decided;
  for (const learner of world.learners)
    send(world, { type: 'Heartbeat', from, to: learner.id, ballot, log }, sink);
  const stale = world.now - world.settings.proposer.timeout;
  for (const proposal of proposer.proposals) {
    if (proposal.sentAt > stale) continue;
    proposal.sentAt = world.now;
    sendAccepts(world, proposer, proposal.slot, proposal, sink);
  }
  proposer.timer = { kind: 'heartbeat', at: world.now + heartbeatTicks(world) };
}
