import type { Input, Message } from '../../engine';
import { apply, cloneWorld } from '../../engine';
import type { Used } from '../enabled';
import { NOTHING_USED, spend } from '../enabled';
import { StateCodec } from './codec';
import { IntList } from './intlist';
import type { ExploreModel, Target } from './model';
import { breaks, initialWorld } from './model';
import { moveOf } from './moves';
import { decodedSteps } from './steps';
import type { Limits, Reductions } from './searchOptions';
import { FingerprintSet } from './visited';

export interface BfsOptions extends Limits {
  target: Target;
  reductions: Reductions;
  /** Stop at the first state that breaks the target (TLC's default) or count them all. */
  stopAtFirst: boolean;
  clock: () => number;
  onProgress?: (progress: BfsProgress) => void;
  progressEveryMs?: number;
  /** Asked now and then; true ends the search as cancelled. */
  cancelled?: () => boolean;
}

export interface BfsProgress {
  states: number;
  transitions: number;
  /** Schedules of this many steps are being extended. */
  depth: number;
  elapsedMs: number;
}

export type StopReason = 'exhausted' | 'violation' | 'states' | 'time' | 'cancelled';

/** At the end, `depth` is the length of the longest schedule to a new state. */
export interface BfsOutcome extends BfsProgress {
  stoppedBy: StopReason;
  /** Distinct states that break the target (never extended further). */
  violations: number;
  /** The moves from the initial world to the first of them, shortest first by construction. */
  moves: number[] | null;
  /** The message templates the moves' deliveries name by number. */
  messages: readonly Message[];
  memoryBytes: number;
}

/**
 * The check a breadth-first search makes every 256 expansions: the reason a limit or a cancel
 * stops it, or null to go on, reporting progress when a report is due. Shared by the Basic
 * Paxos search and the Multi-Paxos one (logBfs.ts), so both stop and report alike.
 */
export function limitsWatch(
  options: BfsOptions,
  started: number,
  progress: () => BfsProgress,
): (states: number) => StopReason | null {
  let lastProgress = started;
  return (states) => {
    const now = options.clock();
    if (options.cancelled?.() === true) return 'cancelled';
    if (states >= options.statesMax) return 'states';
    if (now - started >= options.timeMaxMs) return 'time';
    if (
      options.onProgress !== undefined &&
      now - lastProgress >= (options.progressEveryMs ?? 100)
    ) {
      lastProgress = now;
      options.onProgress(progress());
    }
    return null;
  };
}

/**
 * Breadth-first search over every schedule the model's bounds allow, each distinct state once.
 * Breadth first means schedules are tried in order of length, so the first state found that
 * breaks the target is reached by a shortest schedule: the counterexample needs no shrinking.
 */
export function bfs(model: ExploreModel, options: BfsOptions): BfsOutcome {
  const started = options.clock();
  const initial = initialWorld(model);
  const codec = new StateCodec(initial, model, options.reductions);
  codec.adopt(initial);
  const scratch = cloneWorld(initial);
  const seen = new FingerprintSet();
  // For every state: the state it was reached from and the move that reached it.
  const parents = new IntList(1024);
  const moves = new IntList(1024);
  let level = new IntList(1024);
  let next = new IntList(1024);
  const used: Used = { ...NOTHING_USED };
  codec.measureWhole(initial, used);
  seen.add(codec.fingerprint.h1, codec.fingerprint.h2);
  parents.add(-1);
  moves.add(-1);
  level.add(0);
  codec.encode(initial, used, level);

  let transitions = 0;
  let violations = 0;
  let firstViolation = -1;
  let depth = 0;
  let deepest = 0;
  let stoppedBy: StopReason = 'exhausted';
  let expanded = 0;
  const progress = (): BfsProgress => ({
    states: seen.size,
    transitions,
    depth,
    elapsedMs: options.clock() - started,
  });
  const watch = limitsWatch(options, started, progress);
  const steps: Input[][] = [];
  const stepMoves: number[] = [];
  /** The node each step acts on: what has to be rebuilt after it. */
  const touched: number[] = [];

  search: while (level.length > 0) {
    for (let at = 0; at < level.length;) {
      const state = level.at(at);
      const start = at + 1;
      at = codec.decodeInto(scratch, level.data, start, used);
      codec.expand(scratch);
      choices(scratch, used, steps, stepMoves);
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i]!;
        if (i > 0) codec.restore(scratch, level.data, start, used, touched[i - 1]!);
        for (const input of step) apply(scratch, input, null);
        transitions++;
        // The budgets after the step: `used` itself for most steps, until the next restore.
        const after = spend(used, step[0]!);
        codec.measure(scratch, after, touched[i]!);
        if (!seen.add(codec.fingerprint.h1, codec.fingerprint.h2)) continue;
        parents.add(state);
        moves.add(stepMoves[i]!);
        deepest = depth + 1;
        if (breaks(scratch, options.target)) {
          violations++;
          if (firstViolation < 0) firstViolation = seen.size - 1;
          if (options.stopAtFirst) {
            stoppedBy = 'violation';
            break search;
          }
          continue;
        }
        next.add(seen.size - 1);
        codec.encode(scratch, after, next);
      }
      if ((++expanded & 255) === 0) {
        const stop = watch(seen.size);
        if (stop !== null) {
          stoppedBy = stop;
          break search;
        }
      }
    }
    [level, next] = [next, level];
    next.clear();
    depth++;
  }

  return {
    ...progress(),
    depth: deepest,
    stoppedBy,
    violations,
    moves: firstViolation < 0 ? null : pathTo(firstViolation, parents, moves),
    messages: codec.interner.messages,
    memoryBytes: seen.bytes + parents.bytes + moves.bytes + level.bytes + next.bytes,
  };

  /** The steps worth trying from a state, and their moves (two copies of one message are one). */
  function choices(world: typeof scratch, spent: Used, out: Input[][], outMoves: number[]): void {
    out.length = 0;
    outMoves.length = 0;
    touched.length = 0;
    for (const step of decodedSteps(world, model, spent, options.reductions)) {
      const move = moveOf(step);
      if (move < 0 || outMoves.includes(move)) continue;
      out.push(step);
      outMoves.push(move);
      const input = step[0]!;
      const node =
        input.kind === 'deliver'
          ? codec.interner.messages[input.id]!.to
          : 'node' in input
            ? input.node
            : null;
      touched.push(node === null ? -1 : codec.node(node));
    }
  }
}

/** The moves from the initial state to `state`, walking back through the parents. */
export function pathTo(state: number, parents: IntList, moves: IntList): number[] {
  const path: number[] = [];
  for (let s = state; parents.at(s) >= 0; s = parents.at(s)) path.push(moves.at(s));
  return path.reverse();
}
