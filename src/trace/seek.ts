import type { World } from '../engine';
import { apply, cloneWorld } from '../engine';
import type { Checkpoint, Trace } from './types';

/**
 * The world after the first `count` steps: a copy of the nearest checkpoint at or before it,
 * with the remaining inputs replayed (a few dozen, more in a world too big to copy often). The engine is
 * deterministic, so this is exactly the world the run had then.
 */
export function worldAfter(trace: Trace, count: number): World {
  const target = Math.max(0, Math.min(count, trace.steps.length));
  const checkpoint = checkpointBefore(trace, target);
  const world = cloneWorld(checkpoint.world);
  for (let i = checkpoint.step; i < target; i++) apply(world, trace.steps[i]!.input, null);
  return world;
}

/** How many steps happen at or before tick `time` (binary search: steps are in time order). */
export function stepsThrough(trace: Trace, time: number): number {
  let low = 0;
  let high = trace.steps.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (trace.steps[mid]!.at <= time) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The last checkpoint at or before a step count (binary search: checkpoints are in step order). */
function checkpointBefore(trace: Trace, count: number): Checkpoint {
  const { checkpoints } = trace;
  let low = 0;
  let high = checkpoints.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (checkpoints[mid]!.step <= count) low = mid;
    else high = mid - 1;
  }
  return checkpoints[low]!;
}
