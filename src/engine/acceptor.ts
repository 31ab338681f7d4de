import type { EventSink } from './events';
import type { Message } from './messages';
import { send } from './network';
import type { AcceptorState } from './nodes';
import { ACCEPTOR } from './nodes';
import type { World } from './world';

/**
 * Phase 1b: promise never to accept a ballot below n, and report what was accepted before, or
 * refuse with the higher promise. Under `shared-ballots` an equal ballot is promised again,
 * which is harmless only while ballots are unique to one proposer.
 */
export function onPrepare(
  world: World,
  acceptor: AcceptorState,
  message: Message,
  sink: EventSink,
): void {
  const ballot = message.ballot!;
  const promise = world.rules.sharedBallots
    ? ballot >= acceptor.promised
    : ballot > acceptor.promised;
  if (promise) {
    acceptor.promised = ballot;
    send(
      world,
      { type: 'Promise', from: acceptor.id, to: message.from, ballot, accepted: acceptor.accepted },
      sink,
    );
  } else {
    refuse(world, acceptor, message, sink);
  }
}

/**
 * A refusal names the higher ballot promised, so the proposer knows what it must beat. Multi-Paxos's
 * acceptors refuse the same way.
 */
export function refuse(
  world: World,
  acceptor: Pick<AcceptorState, 'id' | 'promised'>,
  message: Message,
  sink: EventSink,
): void {
  const { ballot, from } = message;
  send(
    world,
    { type: 'Nack', from: acceptor.id, to: from, ballot, promised: acceptor.promised },
    sink,
  );
}

/**
 * Phase 2b: accept unless a higher ballot was promised, and tell the proposer and every learner.
 * `accept-any-ballot` drops the check; the promise still never moves down.
 */
export function onAccept(
  world: World,
  acceptor: AcceptorState,
  message: Message,
  sink: EventSink,
): void {
  const ballot = message.ballot!;
  const value = message.value!;
  if (!world.rules.acceptAnyBallot && ballot < acceptor.promised) {
    refuse(world, acceptor, message, sink);
    return;
  }
  acceptor.promised = Math.max(acceptor.promised, ballot);
  acceptor.accepted = { ballot, value };
  const { id: from } = acceptor;
  const client = message.client;
  send(world, { type: 'Accepted', from, to: message.from, ballot, value, client }, sink);
  for (const learner of world.learners)
    send(world, { type: 'Accepted', from, to: learner.id, ballot, value, client }, sink);
}

/** promised and accepted are on stable storage, unless the acceptor is `amnesiac-acceptor`. */
export function restartAcceptor(world: World, acceptor: AcceptorState): boolean {
  ACCEPTOR.forget(acceptor, ['volatile']);
  if (!world.rules.amnesiacAcceptor) return false;
  const forgot = acceptor.promised !== 0 || acceptor.accepted !== null;
  ACCEPTOR.forget(acceptor, ['stable']);
  return forgot;
}
