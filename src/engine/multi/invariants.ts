import { countBits } from '../ballot';
import type { EventSink } from '../events';
import { acceptorNames } from '../invariants';
import type { ViolationFacts } from '../violations';
import { violation } from '../violations';
import type { World } from '../world';
import type { SlotEntry } from './log';
import { entryAt, isNoop, sameCommand, sameRequest } from './log';
import type { ChosenSlot, MultiWorld } from './nodes';

/**
 * Multi-Paxos's safety, checked after every step from the state alone, as ../invariants.ts
 * does for Basic Paxos: agreement and validity per slot (from every vote ever cast), promise
 * monotonicity and accepted ≤ promised per slot, replicas' applied sequences prefixes of one
 * another, each (client, seq) applied once, slots applied in order, and no leader leaving a
 * hole below its next slot (which would stall every replica for ever).
 */
export function checkLogInvariants(world: World, multi: MultiWorld, sink: EventSink): void {
  checkAcceptors(world, multi, sink);
  checkReplicas(world, multi, sink);
  checkLeaders(world, multi, sink);
}

function report(world: World, facts: ViolationFacts, sink: EventSink): void {
  const found = violation(facts, world.now);
  world.violations.push(found);
  sink?.push({ kind: 'violation', violation: found });
}

function checkAcceptors(world: World, multi: MultiWorld, sink: EventSink): void {
  const ghost = multi.ghost;
  for (const acceptor of multi.acceptors) {
    const i = acceptor.index;
    const before = ghost.lastPromised[i]!;
    const { id, promised, accepted } = acceptor;
    if (promised < before)
      report(world, { code: 'promise-fell', acceptor: id, before, after: promised }, sink);
    ghost.lastPromised[i] = promised;
    const last = ghost.lastAccepted[i]!;
    if (accepted === last) continue;
    for (const entry of accepted) {
      if (last.includes(entry)) continue;
      if (entry.ballot > promised) {
        const { slot, ballot } = entry;
        const facts = {
          code: 'slot-accepted-above-promise',
          acceptor: id,
          slot,
          ballot,
          promised,
        } as const;
        report(world, facts, sink);
      }
      recordVote(world, multi, i, entry, sink);
    }
    ghost.lastAccepted[i] = accepted;
  }
}

function recordVote(
  world: World,
  multi: MultiWorld,
  acceptorIndex: number,
  entry: SlotEntry,
  sink: EventSink,
): void {
  const ghost = multi.ghost;
  let vote = ghost.votes.find(
    (v) => v.slot === entry.slot && v.ballot === entry.ballot && sameCommand(v, entry),
  );
  if (vote === undefined) {
    vote = { ...entry, acceptors: 0, chosen: false };
    ghost.votes.push(vote);
  }
  vote.acceptors |= 1 << acceptorIndex;
  if (vote.chosen || countBits(vote.acceptors) < world.rules.quorum) return;
  vote.chosen = true;
  const { slot, ballot, value, client, seq, acceptors } = vote;
  const chosen: ChosenSlot = { slot, ballot, value, client, seq, at: world.now, acceptors };
  const first = ghost.chosen.find((c) => c.slot === slot && !sameCommand(c, chosen));
  ghost.chosen.push(chosen);
  const names = acceptorNames(world, acceptors);
  sink?.push({ kind: 'chosen-slot', slot, ballot, value, acceptors: names, at: world.now });
  if (first !== undefined) {
    const fact = (c: ChosenSlot) => ({
      value: c.value,
      ballot: c.ballot,
      acceptors: acceptorNames(world, c.acceptors),
    });
    report(
      world,
      { code: 'two-values-in-slot', slot, first: fact(first), second: fact(chosen) },
      sink,
    );
  }
  if (!isNoop(chosen) && !wasRequested(multi, chosen))
    report(world, { code: 'unrequested-command', slot, value, ballot }, sink);
}

function wasRequested(multi: MultiWorld, entry: SlotEntry): boolean {
  const client = multi.clients.find((c) => c.id === entry.client);
  return client?.requests.some((r) => r.seq === entry.seq && r.value === entry.value) === true;
}

function checkReplicas(world: World, multi: MultiWorld, sink: EventSink): void {
  const ghost = multi.ghost;
  for (const replica of multi.replicas) {
    const { applied, id } = replica;
    for (let k = ghost.lastApplied[replica.index]!; k < applied.length; k++) {
      const entry = applied[k]!;
      if (entry.slot !== k + 1) {
        const facts = {
          code: 'applied-out-of-order',
          replica: id,
          slot: entry.slot,
          expected: k + 1,
        } as const;
        report(world, facts, sink);
      }
      if (entry.kind === 'command') {
        const earlier = applied
          .slice(0, k)
          .find((a) => a.kind === 'command' && sameRequest(a, entry));
        if (earlier !== undefined) {
          const { client, seq, slot } = entry;
          const facts = {
            code: 'applied-twice',
            replica: id,
            client: client!,
            seq,
            earlierSlot: earlier.slot,
            slot,
          } as const;
          report(world, facts, sink);
        }
      }
      // The sequences are compared as slots applied, noops included: the same slot, the same command.
      for (const other of multi.replicas) {
        const there = other.applied[k];
        if (other === replica || there === undefined) continue;
        if (there.slot === entry.slot && sameCommand(there, entry)) continue;
        if (other.index < replica.index && k >= ghost.lastApplied[other.index]!) continue;
        const facts = {
          code: 'replicas-diverge',
          replica: id,
          other: other.id,
          position: k + 1,
          value: entry.value,
          otherValue: there.value,
        } as const;
        report(world, facts, sink);
      }
    }
    ghost.lastApplied[replica.index] = applied.length;
  }
}

/** A leader must have every slot below its next slot chosen or proposed; reported once a ballot. */
function checkLeaders(world: World, multi: MultiWorld, sink: EventSink): void {
  const ghost = multi.ghost;
  for (const leader of multi.proposers) {
    if (leader.phase !== 'leader' || ghost.holesReported[leader.index] === leader.ballot) continue;
    for (let slot = 1; slot < leader.nextSlot; slot++) {
      if (entryAt(leader.decided, slot) !== undefined) continue;
      if (leader.proposals.some((p) => p.slot === slot)) continue;
      ghost.holesReported[leader.index] = leader.ballot;
      report(world, { code: 'hole-left', leader: leader.id, ballot: leader.ballot, slot }, sink);
      break;
    }
  }
}
