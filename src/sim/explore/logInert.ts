import type { Message, World } from '../../engine';
import { indexOf, nextBallot } from '../../engine';

/**
 * Multi-Paxos's twin of inert.ts: whether a message in flight can no longer change anything,
 * whenever it arrives, so a search leaves it out of a state and never delivers it. A leader's
 * ballot never comes back (a new one is above its highest ballot seen, which is stable), so a
 * reply a proposer ignores now it ignores for ever; and a proposer that is down restarts with no
 * ballot at all. A replica ignores news of a slot it has learned, and what it learned is on
 * its disk. Messages to acceptors are never inert here.
 *
 * Responses to clients are left out too, though a client reads them: a client that never hears
 * back can retry anything a client that heard back can, and nothing else a client holds reaches
 * the protocol (Validity reads only what it asked), so leaving them out loses no schedule.
 */
export function isLogInert(world: World, message: Message): boolean {
  const role = message.to.charCodeAt(0);
  if (role === CLIENT) return true;
  if (role === LEARNER) return replicaKnows(world, message);
  if (role !== PROPOSER) return false;
  const index = indexOf(message.to);
  const proposer = world.multi!.proposers[index]!;
  const up = world.proposers[index]!.up;
  const bit = 1 << indexOf(message.from);
  switch (message.type) {
    case 'Promise':
      return !(
        up &&
        proposer.phase === 'candidate' &&
        proposer.ballot === message.ballot &&
        (proposer.promises & bit) === 0
      );
    case 'Accepted': {
      if (!up || proposer.phase !== 'leader' || proposer.ballot !== message.ballot) return true;
      const proposal = proposer.proposals.find((p) => p.slot === message.slot);
      return (
        proposal === undefined ||
        proposal.value !== message.value ||
        proposal.client !== message.client ||
        proposal.seq !== (message.seq ?? 0) ||
        (proposal.accepts & bit) !== 0
      );
    }
    case 'Nack': {
      // A Nack raises the highest ballot seen, which matters only through the next ballot.
      const running = proposer.phase === 'candidate' || proposer.phase === 'leader';
      const promised = message.promised!;
      const stops =
        up && running && proposer.ballot === message.ballot && promised > proposer.ballot;
      const count = world.proposers.length;
      const shared = world.rules.sharedBallots;
      const raises =
        nextBallot(index, count, promised, shared) >
        nextBallot(index, count, proposer.maxBallot, shared);
      return !stops && !raises;
    }
    case 'Heartbeat':
      // One below the highest ballot seen is ignored, and that ballot only grows.
      return message.ballot! < proposer.maxBallot;
    default:
      return false;
  }
}

/** Whether every slot an Accepted or a Heartbeat tells a replica about is one it has learned. */
function replicaKnows(world: World, message: Message): boolean {
  const { chosen } = world.multi!.replicas[indexOf(message.to)]!;
  const knows = (slot: number) => chosen.some((c) => c.slot === slot);
  if (message.type === 'Accepted') return knows(message.slot!);
  if (message.type === 'Heartbeat') return (message.log ?? []).every((e) => knows(e.slot));
  return false;
}

const CLIENT = 'C'.charCodeAt(0);
const LEARNER = 'L'.charCodeAt(0);
const PROPOSER = 'P'.charCodeAt(0);
