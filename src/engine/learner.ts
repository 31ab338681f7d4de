import { countBits } from './ballot';
import type { EventSink } from './events';
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
  if ((tally.acceptors & bit) !== 0) return;
  tally.acceptors |= bit;
  if (countBits(tally.acceptors) !== world.rules.quorum) return;
  if (learner.learned === null) {
    learner.learned = { ballot, value };
    sink?.push({ kind: 'learn', node: learner.id, ballot, value, at: world.now });
  }
  const client = message.client;
  if (client === null) return;
  const clientBit = 1 << indexOf(client);
  if ((learner.answered & clientBit) !== 0) return;
  learner.answered |= clientBit;
  send(
    world,
    { type: 'Response', from: learner.id, to: client, value: learner.learned.value },
    sink,
  );
}

/** The learned value is kept on stable storage; the counts are rebuilt from new messages. */
export function restartLearner(learner: LearnerState): void {
  LEARNER.forget(learner, ['volatile']);
}
