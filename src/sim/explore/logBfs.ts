import type { Input } from '../../engine';
import { apply, cloneWorld } from '../../engine';
import type { Used } from '../enabled';
import { NOTHING_USED, spend } from '../enabled';
import type { BfsOptions, BfsOutcome, BfsProgress, StopReason } from './bfs';
import { limitsWatch, pathTo } from './bfs';
import { IntList } from './intlist';
import { LogCodec } from './logCodec';
import type { ExploreModel } from './model';
import { breaks, initialWorld } from './model';
import { moveOf } from './moves';
import { nextSteps } from './steps';
import { FingerprintSet } from './visited';

/**
 * Breadth-first search of a Multi-Paxos model, as bfs.ts does for Basic Paxos: every schedule
 * the bounds allow, each distinct state once, shortest schedules first. Each state is rebuilt
 * into one scratch world from its integers (logCodec.ts) before each step tried, and the
 * engine's own `apply` takes the step. A state is never extended when it breaks the target,
 * nor when a leader has proposed past the model's last slot (the log's bound, as TLC's
 * state constraints bound a spec).
 */
export function logBfs(model: ExploreModel, options: BfsOptions): BfsOutcome {
  const started = options.clock();
  const slots = model.slots ?? 2;
  const initial = initialWorld(model);
  const codec = new LogCodec(initial);
  codec.adopt(initial);
  const scratch = cloneWorld(initial);
  const seen = new FingerprintSet();
  const parents = new IntList(1024);
  const moves = new IntList(1024);
  let level = new IntList(1024);
  let next = new IntList(1024);
  const used: Used = { ...NOTHING_USED };
  level.add(0);
  codec.encode(initial, used, level);
  seen.add(codec.h1, codec.h2);
  parents.add(-1);
  moves.add(-1);
  // Scratch space for one candidate encoding, copied to `next` when its state is new.
  const candidate = new IntList(256);

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
  /** The place of the node each step acts on (see LogCodec.place), or -1. */
  const touched: number[] = [];

  search: while (level.length > 0) {
    for (let at = 0; at < level.length;) {
      const state = level.at(at);
      const start = at + 1;
      at = codec.decodeInto(scratch, level.data, start, used);
      const spent = { ...used };
      choices(spent);
      for (let i = 0; i < steps.length; i++) {
        const step = steps[i]!;
        if (i > 0) codec.restore(scratch, level.data, start, used, touched[i - 1]!);
        for (const input of step) apply(scratch, input, null);
        transitions++;
        candidate.clear();
        codec.encode(scratch, spend(spent, step[0]!), candidate, level.data, start, touched[i]!);
        if (!seen.add(codec.h1, codec.h2)) continue;
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
        if (pastLastSlot(scratch, slots)) continue;
        next.add(seen.size - 1);
        for (let k = 0; k < candidate.length; k++) next.add(candidate.data[k]!);
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
    messages: codec.messages,
    memoryBytes: seen.bytes + parents.bytes + moves.bytes + level.bytes + next.bytes,
  };

  /** The steps worth trying from the scratch world, and their moves (copies of one message are one). */
  function choices(spent: Used): void {
    steps.length = 0;
    stepMoves.length = 0;
    touched.length = 0;
    for (const step of nextSteps(scratch, model, spent, options.reductions)) {
      const move = moveOf(step);
      if (move < 0 || stepMoves.includes(move)) continue;
      steps.push(step);
      stepMoves.push(move);
      const input = step[0]!;
      const node =
        input.kind === 'deliver'
          ? codec.messages[input.id]!.to
          : 'node' in input
            ? input.node
            : null;
      touched.push(node === null ? -1 : codec.place(scratch, node));
    }
  }
}

/** Whether a leader has proposed a slot past the model's log (its `nextSlot` is the one after). */
function pastLastSlot(world: { multi?: { proposers: { nextSlot: number }[] } }, slots: number) {
  return world.multi!.proposers.some((p) => p.nextSlot > slots + 1);
}
