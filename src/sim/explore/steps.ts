import type { Input, Message, World } from '../../engine';
import { indexOf, roleOf } from '../../engine';
import type { Used } from '../enabled';
import { enabledInputs } from '../enabled';
import { isInert, raisesNextBallot } from './inert';
import { isLogInert } from './logInert';
import type { ExploreModel } from './model';
import type { Reductions } from './searchOptions';

const PROPOSER = 'P'.charCodeAt(0);

/**
 * Messages a search never delivers, and leaves out of a state's identity: inert ones, and
 * with dominance, Accepted answers to a proposer. A proposer that counts enough of them
 * decides and stops setting timers, which only takes behaviour away: the same proposer that
 * never hears them can still time out, or simply wait forever. (Not when messages may be
 * copied: a copy of its client's request would restart a proposer that has decided.) And a
 * Nack that does not raise the proposer's next ballot can only stop its ballot, which a
 * timeout, enabled whenever a ballot runs, does just the same.
 */
export function ignores(
  world: World,
  message: Message,
  model: ExploreModel,
  reductions: Reductions,
): boolean {
  if (reductions.dominance && message.to.charCodeAt(0) === PROPOSER) {
    if (message.type === 'Accepted' && model.bounds.duplicates === 0) return true;
    // A Nack that only stops a running ballot does what a timeout does, always enabled then;
    // and an inert Nack never raises the next ballot, so this is the whole answer.
    if (message.type === 'Nack')
      return !raisesNextBallot(world, world.proposers[indexOf(message.to)]!, message.promised!);
  }
  return isInert(world, message);
}

/**
 * What a search tries next from a world: every enabled input (see enabledInputs), each as a
 * list of inputs applied together, less what reductions skip. With dominance, crashes are
 * tried only where they add behaviour:
 * - An acceptor that keeps its promise on disk only misses messages while it is down, and a
 *   message never delivered is already in every schedule. So acceptors crash only when the
 *   `amnesiac-acceptor` rule is broken, and then restart at once: what a crash adds is the
 *   forgetting, and waiting to restart is the same as not delivering to it meanwhile.
 * - A crashed proposer restarts idle, without a request, and does nothing again: a proposer
 *   that is never delivered to and never times out is the same (unless requests may be copied).
 */
export function nextSteps(
  world: World,
  model: ExploreModel,
  used: Used,
  reductions: Reductions,
): Input[][] {
  return stepsFrom(world, model, used, reductions, true);
}

/**
 * The same for a world the codec rebuilt: it holds only the messages `ignores` kept when the
 * state was encoded, so they need no second look.
 */
export function decodedSteps(
  world: World,
  model: ExploreModel,
  used: Used,
  reductions: Reductions,
): Input[][] {
  return stepsFrom(world, model, used, reductions, false);
}

function stepsFrom(
  world: World,
  model: ExploreModel,
  used: Used,
  reductions: Reductions,
  filterMessages: boolean,
): Input[][] {
  if (world.multi !== undefined) return logSteps(world, model, used, reductions);
  const steps: Input[][] = [];
  const amnesiac = world.rules.amnesiacAcceptor;
  for (const input of enabledInputs(world, model.bounds, used)) {
    if ('id' in input) {
      if (filterMessages) {
        const message = world.inFlight.find((m) => m.id === input.id);
        if (message === undefined || ignores(world, message, model, reductions)) continue;
      }
    } else if (reductions.dominance && (input.kind === 'crash' || input.kind === 'restart')) {
      if (roleOf(input.node) === 'acceptor') {
        if (input.kind === 'crash' && amnesiac)
          steps.push([input, { kind: 'restart', at: input.at, node: input.node }]);
        continue;
      }
      if (roleOf(input.node) === 'proposer' && model.bounds.duplicates === 0) continue;
    }
    steps.push([input]);
  }
  return steps;
}

/**
 * Multi-Paxos's steps: every enabled input, and with dominance, crashes only where they add
 * behaviour. A leader's crash does (it forgets what it proposed and which slots it knows are
 * chosen, and a new leader must recover them), so proposers crash. An acceptor that keeps its
 * state on disk, as in Basic Paxos, only misses messages while down (under `amnesiac-acceptor`
 * it crashes and restarts at once). A replica keeps its log and store on disk and forgets only
 * its counts of Accepted, which is what never receiving those messages leaves it with. (The
 * inert messages a rebuilt world holds none of: see logInert.ts.)
 */
function logSteps(
  world: World,
  model: ExploreModel,
  used: Used,
  reductions: Reductions,
): Input[][] {
  const steps: Input[][] = [];
  for (const input of enabledInputs(world, model.bounds, used)) {
    if (reductions.dominance && (input.kind === 'crash' || input.kind === 'restart')) {
      const role = roleOf(input.node);
      if (role === 'acceptor' && input.kind === 'crash' && world.rules.amnesiacAcceptor)
        steps.push([input, { kind: 'restart', at: input.at, node: input.node }]);
      if (role !== 'proposer') continue;
    }
    if ('id' in input) {
      const message = world.inFlight.find((m) => m.id === input.id);
      if (message === undefined || isLogInert(world, message)) continue;
    }
    steps.push([input]);
  }
  return steps;
}
