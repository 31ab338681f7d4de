import { countBits, nextBallotOf } from './ballot';
import type { EventSink, IgnoreReason } from './events';
import { ignore } from './events';
import { indexOf } from './ids';
import type { Message } from './messages';
import { send } from './network';
import type { ProposerState } from './nodes';
import { PROPOSER } from './nodes';
import { randomInt } from './rng';
import type { World } from './world';

/**
 * A client asks this proposer to get its value chosen. An idle proposer starts a ballot at
 * once; a busy one finishes its ballot and serves the newest request with the next.
 */
export function onRequest(
  world: World,
  proposer: ProposerState,
  message: Message,
  sink: EventSink,
): void {
  proposer.request = { client: message.from, value: message.value! };
  if (proposer.phase === 'idle' || proposer.phase === 'chosen')
    startBallot(world, proposer, 'request', sink);
}

/** Phase 1a: a ballot above every ballot seen, Prepare to all acceptors, and a deadline. */
function startBallot(
  world: World,
  proposer: ProposerState,
  reason: 'request' | 'retry',
  sink: EventSink,
): void {
  const ballot = nextBallotOf(world, proposer);
  proposer.maxBallot = ballot;
  proposer.ballot = ballot;
  proposer.phase = 'prepare';
  PROPOSER.forget(proposer, ['ballot']);
  proposer.timer = { kind: 'timeout', at: world.now + world.settings.proposer.timeout };
  sink?.push({ kind: 'prepare', node: proposer.id, ballot, reason, at: world.now });
  for (const acceptor of world.acceptors)
    send(world, { type: 'Prepare', from: proposer.id, to: acceptor.id, ballot }, sink);
}

/**
 * Counts one promise per acceptor for the current ballot only, remembering the highest-ballot
 * proposal reported; a quorum of promises starts phase 2.
 */
export function onPromise(
  world: World,
  proposer: ProposerState,
  message: Message,
  sink: EventSink,
): void {
  const late = proposer.phase !== 'prepare' ? 'already-quorum' : null;
  const count = countVote(world, proposer, message, 'promises', late, sink);
  if (count === null) return;
  const reported = message.accepted;
  if (
    reported !== null &&
    (proposer.highest === null || reported.ballot > proposer.highest.ballot)
  ) {
    proposer.highest = { ...reported, acceptor: message.from };
  }
  const quorum = world.rules.prepareQuorum;
  if (count >= quorum) startAccept(world, proposer, sink);
  else counted(world, proposer, message, count, quorum, sink);
}

/**
 * Counts an acceptor's vote (a promise or an Accepted) once per ballot, and returns the count
 * with it; a vote that is moot (`notNow` says why when the ballot alone does not) is ignored,
 * with the reason in the event, and gives null.
 */
function countVote(
  world: World,
  proposer: ProposerState,
  message: Message,
  tally: 'promises' | 'accepts',
  notNow: IgnoreReason | null,
  sink: EventSink,
): number | null {
  const bit = 1 << indexOf(message.from);
  const moot =
    outOfBallot(proposer, message) ??
    notNow ??
    ((proposer[tally] & bit) !== 0 ? 'already-counted' : null);
  if (moot !== null) {
    ignore(sink, proposer.id, message, moot, world.now);
    return null;
  }
  proposer[tally] |= bit;
  return countBits(proposer[tally]);
}

/**
 * Why a message about a ballot is moot whatever it says: the proposer runs another ballot (or
 * none), gave this one up, or already knows its value is chosen.
 */
function outOfBallot(proposer: ProposerState, message: Message): IgnoreReason | null {
  if (message.ballot !== proposer.ballot || proposer.phase === 'idle') return 'old-ballot';
  if (proposer.phase === 'backoff') return 'gave-up';
  return proposer.phase === 'chosen' ? 'already-decided' : null;
}

function counted(
  world: World,
  proposer: ProposerState,
  message: Message,
  count: number,
  quorum: number,
  sink: EventSink,
): void {
  sink?.push({
    kind: 'counted',
    node: proposer.id,
    message: message.id,
    ballot: proposer.ballot,
    count,
    quorum,
    at: world.now,
  });
}

/**
 * Phase 2a. The value must be the one of the highest-ballot proposal any promising acceptor
 * reported, because it may already be chosen; only when none was reported is the proposer free
 * to propose its client's value. `ignore-promised-values` breaks exactly this rule.
 */
function startAccept(world: World, proposer: ProposerState, sink: EventSink): void {
  const request = proposer.request!;
  const ignoring = world.rules.ignorePromisedValues;
  const adopted = ignoring ? null : proposer.highest;
  const ignoredReport = ignoring ? proposer.highest : null;
  const value = adopted === null ? request.value : adopted.value;
  proposer.phase = 'accept';
  proposer.proposal = value;
  proposer.accepts = 0;
  proposer.timer = { kind: 'timeout', at: world.now + world.settings.proposer.timeout };
  const ballot = proposer.ballot;
  sink?.push({
    kind: 'propose',
    node: proposer.id,
    ballot,
    value,
    adopted,
    ignoredReport,
    at: world.now,
  });
  for (const acceptor of world.acceptors) {
    send(
      world,
      { type: 'Accept', from: proposer.id, to: acceptor.id, ballot, value, client: request.client },
      sink,
    );
  }
}

/** A quorum of Accepted for this ballot's proposal: the proposer knows its value is chosen. */
export function onAccepted(
  world: World,
  proposer: ProposerState,
  message: Message,
  sink: EventSink,
): void {
  const stale =
    proposer.phase !== 'accept' || message.value !== proposer.proposal
      ? 'not-current-proposal'
      : null;
  const count = countVote(world, proposer, message, 'accepts', stale, sink);
  if (count === null) return;
  const quorum = world.rules.quorum;
  if (count < quorum) return counted(world, proposer, message, count, quorum, sink);
  proposer.phase = 'chosen';
  proposer.chosen = proposer.proposal;
  proposer.timer = null;
  sink?.push({
    kind: 'decide',
    node: proposer.id,
    ballot: proposer.ballot,
    value: proposer.chosen!,
    at: world.now,
  });
}

/**
 * An acceptor has promised a higher ballot, so this ballot cannot succeed: remember that ballot
 * and retry above it after a backoff. A Nack that names no higher ballot answers a duplicate of
 * this proposer's own Prepare and changes nothing.
 */
export function onNack(
  world: World,
  proposer: ProposerState,
  message: Message,
  sink: EventSink,
): void {
  const promised = message.promised!;
  proposer.maxBallot = Math.max(proposer.maxBallot, promised);
  const moot = outOfBallot(proposer, message) ?? (promised > proposer.ballot ? null : 'not-higher');
  if (moot !== null) ignore(sink, proposer.id, message, moot, world.now);
  else backOff(world, proposer, 'nack', promised, sink);
}

/** The proposer's timer fired: a ballot ran out of time, or a backoff is over. */
export function onTimer(world: World, proposer: ProposerState, sink: EventSink): void {
  const timer = proposer.timer;
  if (timer === null) return;
  if (timer.kind === 'timeout') backOff(world, proposer, 'timeout', null, sink);
  else startBallot(world, proposer, 'retry', sink);
}

/** A random wait before retrying is what lets one of two dueling proposers finish a ballot. */
function backOff(
  world: World,
  proposer: ProposerState,
  reason: 'nack' | 'timeout',
  promised: number | null,
  sink: EventSink,
): void {
  const [min, max] = world.settings.proposer.backoff;
  const retryAt = world.now + randomInt(world.rng, min, max);
  proposer.phase = 'backoff';
  proposer.timer = { kind: 'retry', at: retryAt };
  sink?.push({
    kind: 'backoff',
    node: proposer.id,
    ballot: proposer.ballot,
    reason,
    promised,
    retryAt,
    at: world.now,
  });
}

/** Only the highest ballot seen survives a crash; the round in progress is forgotten. */
export function restartProposer(proposer: ProposerState): void {
  PROPOSER.forget(proposer, ['volatile', 'ballot']);
}
