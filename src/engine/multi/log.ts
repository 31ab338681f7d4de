import type { NodeId } from '../ids';
import type { Value } from '../messages';
import { NOOP } from '../messages';

/**
 * What a Multi-Paxos slot holds: a client's command, named by (client, seq) so that replicas
 * can apply each request once, or the leader's noop (client null, seq 0) that fills a gap.
 */
export interface Command {
  readonly value: Value;
  readonly client: NodeId | null;
  readonly seq: number;
}

/** A command in a slot with the ballot it was accepted (or chosen) in: never edited in place. */
export interface SlotEntry extends Command {
  readonly slot: number;
  readonly ballot: number;
}

export const NOOP_COMMAND: Command = { value: NOOP, client: null, seq: 0 };

export function isNoop(command: Command): boolean {
  return command.client === null;
}

/** Whether two commands are the same request (or both noop): what agreement per slot compares. */
export function sameCommand(a: Command, b: Command): boolean {
  return a.value === b.value && a.client === b.client && a.seq === b.seq;
}

/** Whether two commands come from one request, whatever slot they landed in. */
export function sameRequest(a: Command, b: Command): boolean {
  return a.client !== null && a.client === b.client && a.seq === b.seq;
}

export function commandOf(entry: Command): Command {
  return { value: entry.value, client: entry.client, seq: entry.seq };
}

/** The entry of a slot in a list of entries, or undefined. */
export function entryAt<E extends { slot: number }>(
  entries: readonly E[],
  slot: number,
): E | undefined {
  for (const entry of entries) if (entry.slot === slot) return entry;
  return undefined;
}

/** An entry a promise reported, and which acceptor reported it (narration names it). */
export interface ReportedEntry extends SlotEntry {
  readonly acceptor: NodeId;
}

/** A leader's proposal in flight: the acceptors that accepted it in its ballot, and when it was sent. */
export interface SlotProposal extends Command {
  readonly slot: number;
  accepts: number;
  sentAt: number;
}

/** A replica's count of Accepted messages for one (slot, ballot, command). */
export interface SlotTally extends Command {
  readonly slot: number;
  readonly ballot: number;
  acceptors: number;
}

/**
 * What a replica did with a chosen slot, in the order it did it: applied a command (with its
 * result), skipped a noop, or answered a duplicate (client, seq) from its cache.
 */
export interface Applied extends Command {
  readonly slot: number;
  readonly kind: 'command' | 'noop' | 'duplicate';
  readonly result: Value;
}

/** A client's request that has no answer yet, and when it is sent again. */
export interface Outstanding {
  readonly seq: number;
  readonly value: Value;
  proposer: NodeId;
  retryAt: number | null;
}

/**
 * follower: serves a leader it heard of (or none yet); candidate: runs phase 1; leader: won
 * phase 1 and proposes slot after slot; backoff: deposed or timed out, waits to try again.
 */
export type LeaderPhase = 'follower' | 'candidate' | 'leader' | 'backoff';

/**
 * heartbeat: a leader's next heartbeat; silence: a follower's deadline for hearing from its
 * leader; timeout: a candidate's deadline for phase 1; retry: the end of a backoff.
 */
export interface LeaderTimer {
  kind: 'heartbeat' | 'silence' | 'timeout' | 'retry';
  at: number;
}
