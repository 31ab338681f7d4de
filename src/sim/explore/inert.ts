import type { Message, ProposerState, World } from '../../engine';
import { indexOf, nextBallot, nextBallotOf } from '../../engine';

/**
 * Whether a message in flight can no longer change anything, whenever it arrives: the search
 * leaves it out of a state's identity and never spends a step on it. Two states that differ
 * only in inert messages have the same futures, so counting them once loses no schedule.
 *
 * Only replies to proposers (and anything for learners or clients) can be inert, and only
 * when the proposer has moved past the ballot they answer. A proposer never returns to a
 * ballot it left: every new ballot is above its highest ballot seen, which survives a crash.
 * So a reply inert now stays inert. Messages to acceptors are never inert: under a broken rule
 * a stale Prepare or Accept is exactly what breaks safety.
 */
export function isInert(world: World, message: Message): boolean {
  const role = message.to.charCodeAt(0);
  // Learners and clients never send anything an acceptor or proposer reads.
  if (role === LEARNER || role === CLIENT) return true;
  if (role !== PROPOSER) return false;
  const proposer = world.proposers[indexOf(message.to)]!;
  const bit = 1 << indexOf(message.from);
  switch (message.type) {
    case 'Promise':
      // Counted only while this very ballot is in phase 1 and this acceptor has not promised.
      return !(
        proposer.up &&
        proposer.phase === 'prepare' &&
        proposer.ballot === message.ballot &&
        (proposer.promises & bit) === 0
      );
    case 'Accepted':
      return !(
        proposer.up &&
        proposer.phase === 'accept' &&
        proposer.ballot === message.ballot &&
        proposer.proposal === message.value &&
        (proposer.accepts & bit) === 0
      );
    case 'Nack': {
      // A Nack raises the highest ballot seen (even while the proposer is down, after it
      // restarts), which matters only if it raises the next ballot (see raisesNextBallot), and
      // stops the ballot it names if that ballot is still running.
      const promised = message.promised!;
      const running = proposer.phase === 'prepare' || proposer.phase === 'accept';
      const stops = running && proposer.ballot === message.ballot && promised > proposer.ballot;
      return !stops && !raisesNextBallot(world, proposer, promised);
    }
    default:
      return false;
  }
}

/**
 * Whether hearing of ballot `promised` changes the ballot the proposer would start next. That
 * is all its highest ballot seen is ever used for (starting a ballot, the Retry bound, and a
 * Nack's max, which commutes with it), so two highest ballots with the same next ballot are the
 * same state.
 */
export function raisesNextBallot(world: World, proposer: ProposerState, promised: number): boolean {
  const count = world.proposers.length;
  const shared = world.rules.sharedBallots;
  return nextBallot(proposer.index, count, promised, shared) > nextBallotOf(world, proposer);
}

const CLIENT = 'C'.charCodeAt(0);
const PROPOSER = 'P'.charCodeAt(0);
const LEARNER = 'L'.charCodeAt(0);
