import { countBits } from './ballot';
import type { EventSink } from './events';
import type { Proposal, Value } from './messages';
import type { ViolationFacts } from './violations';
import { violation } from './violations';
import type { World } from './world';

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

function report(world: World, facts: ViolationFacts, sink: EventSink): void {
  const found = violation(facts, world.now);
  world.violations.push(found);
  sink?.push({ kind: 'violation', violation: found });
}

function checkAcceptors(world: World, sink: EventSink): void {
  const ghost = world.ghost;
  for (const acceptor of world.acceptors) {
    const i = acceptor.index;
    const before = ghost.lastPromised[i]!;
    if (acceptor.promised < before) {
      report(
        world,
        { code: 'promise-fell', acceptor: acceptor.id, before, after: acceptor.promised },
        sink,
      );
    }
    ghost.lastPromised[i] = acceptor.promised;
    const accepted = acceptor.accepted;
    if (accepted !== null && accepted.ballot > acceptor.promised) {
      const facts = {
        code: 'accepted-above-promise',
        acceptor: acceptor.id,
        ballot: accepted.ballot,
        promised: acceptor.promised,
      } as const;
      report(world, facts, sink);
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
  const acceptors = acceptorNames(world, chosen.acceptors);
  sink?.push({
    kind: 'chosen',
    ballot: chosen.ballot,
    value: chosen.value,
    acceptors,
    at: world.now,
  });
  if (first !== undefined) {
    const fact = (c: typeof first) => ({
      value: c.value,
      ballot: c.ballot,
      acceptors: acceptorNames(world, c.acceptors),
    });
    report(world, { code: 'two-values-chosen', first: fact(first), second: fact(chosen) }, sink);
  }
  if (!wasRequested(world, chosen.value)) {
    report(world, { code: 'unrequested-value', value: chosen.value, ballot: chosen.ballot }, sink);
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
      const facts = {
        code: 'learned-value-changed',
        learner: learner.id,
        before: before.value,
        after: learned?.value ?? null,
      } as const;
      report(world, facts, sink);
    }
    if (learned === null) continue;
    if (!ghost.chosen.some((c) => c.ballot === learned.ballot && c.value === learned.value)) {
      const facts = {
        code: 'learned-unchosen-value',
        learner: learner.id,
        value: learned.value,
        ballot: learned.ballot,
      } as const;
      report(world, facts, sink);
    }
    const other = world.learners.find(
      (l) => l.learned !== null && l.learned.value !== learned.value,
    );
    if (other !== undefined) {
      const facts = {
        code: 'learners-disagree',
        learner: learner.id,
        value: learned.value,
        other: other.id,
        otherValue: other.learned!.value,
      } as const;
      report(world, facts, sink);
    }
  }
}
