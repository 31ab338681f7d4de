import type { EventSink } from '../events';
import { ignore } from '../events';
import type { Message } from '../messages';
import { send } from '../network';
import { randomInt } from '../rng';
import type { World } from '../world';
import type { Command } from './log';
import { isNoop, sameRequest } from './log';
import { campaign, fillWindow, heartbeat } from './leader';
import type { LeaderState } from './nodes';
import { LEADER } from './nodes';

/**
 * A Multi-Paxos proposer between ballots: it takes requests, follows the leader it hears
 * heartbeats from, campaigns when that leader falls silent, and steps down on a Nack naming a
 * higher ballot. Dueling candidates separate by the seeded backoff, as in Basic Paxos.
 */
export function onLogRequest(
  world: World,
  proposer: LeaderState,
  message: Message,
  sink: EventSink,
): void {
  const command: Command = {
    value: message.value!,
    client: message.client ?? message.from,
    seq: message.seq ?? 0,
  };
  const leader = proposer.leader;
  if (proposer.phase === 'follower' && leader !== null && leader !== proposer.id) {
    // A follower that knows a leader hands the request on; the client's retry covers a dead one.
    send(world, { type: 'Request', from: proposer.id, to: leader, ...command }, sink);
    return;
  }
  const waiting =
    proposer.pending.some((c) => sameRequest(c, command)) ||
    proposer.proposals.some((p) => sameRequest(p, command));
  if (!waiting) proposer.pending.push(command);
  if (proposer.phase === 'leader') fillWindow(world, proposer, sink);
  else if (proposer.phase === 'follower') campaign(world, proposer, 'request', sink);
}

/**
 * A heartbeat of a ballot at least the highest this proposer has seen names the leader: a
 * candidate or an older leader steps down and hands its commands on, a follower restarts its
 * deadline for hearing again. An older leader's heartbeat changes nothing.
 */
export function onLogHeartbeat(
  world: World,
  proposer: LeaderState,
  message: Message,
  sink: EventSink,
): void {
  const ballot = message.ballot!;
  if (ballot < proposer.maxBallot || (ballot === proposer.ballot && proposer.phase === 'leader'))
    return ignore(sink, proposer.id, message, 'old-ballot', world.now);
  proposer.maxBallot = ballot;
  const leader = message.from;
  const changed = proposer.leader !== leader || proposer.phase !== 'follower';
  if (proposer.phase !== 'follower') stepDown(proposer);
  proposer.leader = leader;
  proposer.timer = { kind: 'silence', at: world.now + world.settings.proposer.timeout };
  if (changed) sink?.push({ kind: 'follow', node: proposer.id, leader, ballot, at: world.now });
  for (const command of proposer.pending)
    send(world, { type: 'Request', from: proposer.id, to: leader, ...command }, sink);
  proposer.pending = [];
}

/** The commands of unfinished proposals wait again (noops and reported ones are not its own). */
function stepDown(proposer: LeaderState): void {
  const unfinished = proposer.proposals
    .filter((p) => !isNoop(p))
    .map((p) => ({
      value: p.value,
      client: p.client,
      seq: p.seq,
    }));
  proposer.pending = [...unfinished, ...proposer.pending];
  proposer.phase = 'follower';
  LEADER.forget(proposer, ['ballot']);
}

/** A Nack naming a higher ballot deposes a leader or ends a campaign; a lower one is a stale copy. */
export function onLogNack(
  world: World,
  proposer: LeaderState,
  message: Message,
  sink: EventSink,
): void {
  const promised = message.promised!;
  proposer.maxBallot = Math.max(proposer.maxBallot, promised);
  const running = proposer.phase === 'candidate' || proposer.phase === 'leader';
  const moot =
    message.ballot !== proposer.ballot || !running
      ? 'old-ballot'
      : promised > proposer.ballot
        ? null
        : 'not-higher';
  if (moot !== null) return ignore(sink, proposer.id, message, moot, world.now);
  backOff(world, proposer, 'nack', promised, sink);
}

function backOff(
  world: World,
  proposer: LeaderState,
  reason: 'nack' | 'timeout',
  promised: number | null,
  sink: EventSink,
): void {
  const [min, max] = world.settings.proposer.backoff;
  const retryAt = world.now + randomInt(world.rng, min, max);
  const ballot = proposer.ballot;
  stepDown(proposer);
  proposer.phase = 'backoff';
  proposer.leader = null;
  proposer.timer = { kind: 'retry', at: retryAt };
  sink?.push({
    kind: 'backoff',
    node: proposer.id,
    ballot,
    reason,
    promised,
    retryAt,
    at: world.now,
  });
}

/** heartbeat: a leader's beat; silence: the leader went quiet; timeout: phase 1 took too long; retry: backoff over. */
export function onLeaderTimer(world: World, proposer: LeaderState, sink: EventSink): void {
  const timer = proposer.timer;
  if (timer === null) return;
  switch (timer.kind) {
    case 'heartbeat':
      return heartbeat(world, proposer, sink);
    case 'silence':
      return campaign(world, proposer, 'silence', sink);
    case 'timeout':
      return backOff(world, proposer, 'timeout', null, sink);
    case 'retry':
      return campaign(world, proposer, 'retry', sink);
  }
}

/** Only the highest ballot seen survives a crash: the new life starts as a follower of no one. */
export function restartLeader(proposer: LeaderState): void {
  LEADER.forget(proposer, ['volatile', 'ballot']);
}
