import { countBits } from './ballot';
import type { EventSink } from './events';
import { ignore } from './events';
import { indexOf } from './ids';
import type { Message } from './messages';
import { send } from './network';
import type { LearnerState } from './nodes';
import { LEARNER } from './nodes';
import type { World } from './world';

/**
 * Counts Accepted messages per (ballot, value) from distinct acceptors. The moment one reaches
 * a quorum the learner learns its value (once: a learned value never changes) and answers the
 * client that proposal serves, so a client whose own value lost still hears the chosen one.
 */
export function onAccepted(
  world: World,
  learner: LearnerState,
  message: Message,
  sink: EventSink,
): void {
  const ballot = message.ballot!;
  const value = message.value!;
  let tally = learner.tallies.find((t) => t.ballot === ballot && t.value === value);
  if (tally === undefined) {
    tally = { ballot, value, acceptors: 0 };
    learner.tallies.push(tally);
  }
  const bit = 1 << indexOf(message.from);
  if ((tally.acceptors & bit) !== 0)
    return ignore(sink, learner.id, message, 'already-counted', world.now);
  tally.acceptors |= bit;
  const count = countBits(tally.acceptors);
  const { quorum } = world.rules;
  if (count < quorum) {
    const at = world.now;
    sink?.push({
      kind: 'counted',
      node: learner.id,
      message: message.id,
      ballot,
      count,
      quorum,
      at,
    });
  } else if (count > quorum) ignore(sink, learner.id, message, 'already-quorum', world.now);
  else onQuorum(world, learner, message, sink);
}

/**
 * A (ballot, value) has just reached a quorum: the learner learns it unless it learned a value
 * before, and answers the proposal's client once.
 */
function onQuorum(world: World, learner: LearnerState, message: Message, sink: EventSink): void {
  const ballot = message.ballot!;
  const value = message.value!;
  const first = learner.learned === null;
  const learned = learner.learned ?? { ballot, value };
  if (first) {
    learner.learned = learned;
    sink?.push({ kind: 'learn', node: learner.id, ballot, value, at: world.now });
  }
  const client = message.client;
  const clientBit = client === null ? 0 : 1 << indexOf(client);
  if (client === null || (learner.answered & clientBit) !== 0) {
    // Learning is news enough; only a quorum that teaches nothing and tells no one is ignored.
    if (!first) ignore(sink, learner.id, message, 'already-answered', world.now);
    return;
  }
  learner.answered |= clientBit;
  send(world, { type: 'Response', from: learner.id, to: client, value: learned.value }, sink);
}

/** The learned value is kept on stable storage; the counts are rebuilt from new messages. */
export function restartLearner(learner: LearnerState): void {
  LEARNER.forget(learner, ['volatile']);
}
