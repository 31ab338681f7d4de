import type { Applied, NodeId, SlotEntry, Value, World } from '../engine';
import { MULTI_PAXOS_DEFAULTS } from '../engine';

/** One acceptor's vote in a slot: the last (ballot, value) it accepted there. */
export interface LogVote {
  ballot: number;
  value: Value;
  noop: boolean;
}

/** What a replica did with a slot, if anything yet. */
export type LogApplied = Applied['kind'] | null;

/** One row of the log: a slot, as every acceptor, the ghost and every replica see it. */
export interface LogSlot {
  slot: number;
  /** Per acceptor, in lane order; null where it accepted nothing in this slot. */
  votes: (LogVote | null)[];
  /** The command a quorum accepted in one ballot, with that ballot and the tick it happened. */
  chosen: { value: Value; noop: boolean; ballot: number; at: number } | null;
  /** Per replica, in lane order. */
  applied: LogApplied[];
  /** The leader has sent Accept! for this slot in its ballot and does not know it chosen yet. */
  proposed: boolean;
  /** Below the log's highest slot and nothing accepted, proposed or chosen in it: a gap. */
  hole: boolean;
}

/** The proposer that leads now, as far as it knows: the one in phase `leader`. */
export interface LogLeader {
  id: NodeId;
  ballot: number;
  /** The next slot free for a new command. */
  nextSlot: number;
  /** Slots in flight (proposed, not known chosen) and how many may be. */
  inFlight: number;
  window: number;
}

export interface LogView {
  acceptors: NodeId[];
  replicas: NodeId[];
  slots: LogSlot[];
  leader: LogLeader | null;
  /** Each replica's applied prefix: how many slots it has applied, in lane order. */
  watermarks: number[];
  /** Each replica's key-value state, keys in order, in lane order: what its applied puts wrote. */
  stores: { key: string; value: string }[][];
}

function voteOf(entry: SlotEntry | undefined): LogVote | null {
  return entry === undefined
    ? null
    : { ballot: entry.ballot, value: entry.value, noop: entry.client === null };
}

/** How many slots from the first a replica has applied without a gap. */
export function appliedPrefix(applied: readonly Applied[]): number {
  const slots = new Set(applied.map((a) => a.slot));
  let prefix = 0;
  while (slots.has(prefix + 1)) prefix++;
  return prefix;
}

/**
 * The Multi-Paxos log at the world's step, slot by slot, read off the world's state (acceptors'
 * accepted entries, replicas' applied records, the leader's proposals) and the ghost's record
 * of what was chosen. Null for a Basic Paxos world. It decides nothing: each mark is a fact the
 * engine keeps.
 */
export function logView(world: World): LogView | null {
  const multi = world.multi;
  if (multi === undefined) return null;
  const { acceptors, replicas, proposers, ghost } = multi;
  // Two proposers can both believe they lead for a while: the one with the lower ballot has
  // not heard its Nack yet. The log follows the higher ballot, the leader acceptors now follow.
  const leaderState = proposers
    .filter((p) => p.phase === 'leader' && world.proposers[p.index]!.up)
    .reduce<(typeof proposers)[number] | undefined>(
      (best, p) => (best === undefined || p.ballot > best.ballot ? p : best),
      undefined,
    );
  const proposed = new Set(leaderState?.proposals.map((p) => p.slot) ?? []);
  const highest = Math.max(
    0,
    ...acceptors.flatMap((a) => a.accepted.map((e) => e.slot)),
    ...ghost.chosen.map((c) => c.slot),
    ...proposed,
    (leaderState?.nextSlot ?? 1) - 1,
  );
  const slots: LogSlot[] = [];
  for (let slot = 1; slot <= highest; slot++) {
    const votes = acceptors.map((a) => voteOf(a.accepted.find((e) => e.slot === slot)));
    const chosen = ghost.chosen.find((c) => c.slot === slot);
    const applied = replicas.map((r) => r.applied.find((a) => a.slot === slot)?.kind ?? null);
    slots.push({
      slot,
      votes,
      chosen:
        chosen === undefined
          ? null
          : {
              value: chosen.value,
              noop: chosen.client === null,
              ballot: chosen.ballot,
              at: chosen.at,
            },
      applied,
      proposed: proposed.has(slot),
      hole: chosen === undefined && !proposed.has(slot) && votes.every((v) => v === null),
    });
  }
  return {
    acceptors: acceptors.map((a) => a.id),
    replicas: replicas.map((r) => r.id),
    slots,
    leader:
      leaderState === undefined
        ? null
        : {
            id: leaderState.id,
            ballot: leaderState.ballot,
            nextSlot: leaderState.nextSlot,
            inFlight: leaderState.proposals.length,
            window: world.settings.proposer.window ?? MULTI_PAXOS_DEFAULTS.window,
          },
    watermarks: replicas.map((r) => appliedPrefix(r.applied)),
    stores: replicas.map((r) =>
      Object.keys(r.store)
        .sort()
        .map((key) => ({ key, value: r.store[key]! })),
    ),
  };
}
