import type { EventSink } from '../events';
import type { Message } from '../messages';
import { refuse } from '../acceptor';
import { send } from '../network';
import type { World } from '../world';
import type { SlotEntry } from './log';
import type { LogAcceptorState } from './nodes';
import { LOG_ACCEPTOR } from './nodes';

/**
 * Phase 1b for every slot at once: promise never to accept a ballot below b in any slot, and
 * report what was accepted in each slot from the leader's first unknown slot on; or refuse
 * with the higher promise. As in Basic Paxos, `shared-ballots` promises an equal ballot again.
 */
export function onPrepare(
  world: World,
  acceptor: LogAcceptorState,
  message: Message,
  sink: EventSink,
): void {
  const ballot = message.ballot!;
  const promise = world.rules.sharedBallots
    ? ballot >= acceptor.promised
    : ballot > acceptor.promised;
  if (!promise) return refuse(world, acceptor, message, sink);
  acceptor.promised = ballot;
  const from = message.slot ?? 1;
  const log = acceptor.accepted.filter((e) => e.slot >= from);
  send(world, { type: 'Promise', from: acceptor.id, to: message.from, ballot, log }, sink);
}

/**
 * Phase 2b for one slot: accept unless a higher ballot was promised, and tell the leader and
 * every replica. The slot's earlier entry is replaced; the list stays in slot order.
 */
export function onAccept(
  world: World,
  acceptor: LogAcceptorState,
  message: Message,
  sink: EventSink,
): void {
  const ballot = message.ballot!;
  if (!world.rules.acceptAnyBallot && ballot < acceptor.promised)
    return refuse(world, acceptor, message, sink);
  acceptor.promised = Math.max(acceptor.promised, ballot);
  const entry: SlotEntry = {
    slot: message.slot!,
    ballot,
    value: message.value!,
    client: message.client,
    seq: message.seq ?? 0,
  };
  acceptor.accepted = [...acceptor.accepted.filter((e) => e.slot !== entry.slot), entry].sort(
    (a, b) => a.slot - b.slot,
  );
  const { id: from } = acceptor;
  const { slot, value, client, seq } = entry;
  const accepted = { type: 'Accepted', from, ballot, slot, value, client, seq } as const;
  send(world, { ...accepted, to: message.from }, sink);
  for (const learner of world.learners) send(world, { ...accepted, to: learner.id }, sink);
}

/** promised and every slot's accepted entry are on stable storage, unless `amnesiac-acceptor`. */
export function restartLogAcceptor(world: World, acceptor: LogAcceptorState): boolean {
  LOG_ACCEPTOR.forget(acceptor, ['volatile']);
  if (!world.rules.amnesiacAcceptor) return false;
  const forgot = acceptor.promised !== 0 || acceptor.accepted.length > 0;
  LOG_ACCEPTOR.forget(acceptor, ['stable']);
  return forgot;
}
