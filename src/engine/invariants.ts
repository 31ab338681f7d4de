import { countBits } from './ballot';
import type { EventSink } from './events';
import type { Proposal, Value } from './messages';
import type { Invariant, World } from './world';

/**
 * Safety, checked after every step from the state alone (not from what the handlers say they
 * did), so a bug in a handler cannot hide from its own check. Each check compares the state
 * with the ghost's record of the previous check and reports a violation once, when it happens.
 */
export function checkInvariants(world: World, sink: EventSink): void {
  checkAcceptors(world, sink);
  checkLearners(world, sink);
}

export function acceptorNames(world: World, mask: number): string[] {
  return world.acceptors.filter((a) => (mask & (1 << a.index)) !== 0).map((a) => a.id);
}

function report(world: World, invariant: Invariant, detail: string, sink: EventSink): void {
  const violation = { invariant, at: world.now, detail };
  world.violations.push(violation);
  sink?.push({ kind: 'violation', violation });
}

function checkAcceptors(world: World, sink: EventSink): void {
  const ghost = world.ghost;
  for (const acceptor of world.acceptors) {
    const i = acceptor.index;
    const before = ghost.lastPromised[i]!;
    if (acceptor.promised < before) {
      report(
        world,
        'PromiseMonotonicity',
        `${acceptor.id}'s promise fell from ballot ${before} to ${acceptor.promised || 'none'}.`,
        sink,
      );
    }
    ghost.lastPromised[i] = acceptor.promised;
    const accepted = acceptor.accepted;
    if (accepted !== null && accepted.ballot > acceptor.promised) {
      report(
        world,
        'AcceptedWithinPromise',
        `${acceptor.id} accepted ballot ${accepted.ballot} but has promised only ${acceptor.promised}.`,
        sink,
      );
    }
    if (accepted !== ghost.lastAccepted[i]) {
      ghost.lastAccepted[i] = accepted;
      if (accepted !== null) recordVote(world, i, accepted, sink);
    }
  }
}

function recordVote(
  world: World,
  acceptorIndex: number,
  accepted: Proposal,
  sink: EventSink,
): void {
  const ghost = world.ghost;
  let vote = ghost.votes.find((v) => v.ballot === accepted.ballot && v.value === accepted.value);
  if (vote === undefined) {
    vote = { ballot: accepted.ballot, value: accepted.value, acceptors: 0, chosen: false };
    ghost.votes.push(vote);
  }
  vote.acceptors |= 1 << acceptorIndex;
  if (vote.chosen || countBits(vote.acceptors) < world.rules.quorum) return;
  vote.chosen = true;
  const chosen = {
    value: vote.value,
    ballot: vote.ballot,
    at: world.now,
    acceptors: vote.acceptors,
  };
  const first = ghost.chosen.find((c) => c.value !== chosen.value);
  ghost.chosen.push(chosen);
  sink?.push({
    kind: 'chosen',
    ballot: chosen.ballot,
    value: chosen.value,
    acceptors: acceptorNames(world, chosen.acceptors),
    at: world.now,
  });
  if (first !== undefined) {
    const quorum = (mask: number): string => `{${acceptorNames(world, mask).join(', ')}}`;
    report(
      world,
      'Agreement',
      `${JSON.stringify(first.value)} was chosen in ballot ${first.ballot} by ${quorum(first.acceptors)} and ` +
        `${JSON.stringify(chosen.value)} in ballot ${chosen.ballot} by ${quorum(chosen.acceptors)}.`,
      sink,
    );
  }
  if (!wasRequested(world, chosen.value)) {
    report(
      world,
      'Validity',
      `${JSON.stringify(chosen.value)} was chosen but no client requested it.`,
      sink,
    );
  }
}

function wasRequested(world: World, value: Value): boolean {
  return world.clients.some((c) => c.requests.some((r) => r.value === value));
}

function checkLearners(world: World, sink: EventSink): void {
  const ghost = world.ghost;
  for (const learner of world.learners) {
    const i = learner.index;
    const before = ghost.lastLearned[i]!;
    const learned = learner.learned;
    if (learned === before) continue;
    ghost.lastLearned[i] = learned;
    if (before !== null && learned?.value !== before.value) {
      report(
        world,
        'LearnerConsistency',
        `${learner.id} changed its learned value from ${JSON.stringify(before.value)} to ${learned === null ? 'nothing' : JSON.stringify(learned.value)}.`,
        sink,
      );
    }
    if (learned === null) continue;
    if (!ghost.chosen.some((c) => c.ballot === learned.ballot && c.value === learned.value)) {
      report(
        world,
        'LearnerConsistency',
        `${learner.id} learned ${JSON.stringify(learned.value)}, which no quorum of acceptors accepted in ballot ${learned.ballot}.`,
        sink,
      );
    }
    const other = world.learners.find(
      (l) => l.learned !== null && l.learned.value !== learned.value,
    );
    if (other !== undefined) {
      report(
        world,
        'LearnerConsistency',
        `${learner.id} learned ${JSON.stringify(learned.value)} but ${other.id} learned ${JSON.stringify(other.learned!.value)}.`,
        sink,
      );
    }
  }
}
