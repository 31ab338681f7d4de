import type { Stop } from '../scenario';
import type { Trace } from '../trace';
import { stepsThrough } from '../trace';

/**
 * Guided lessons: a preset's narrated stops. A stop is reached once everything at or before
 * its tick has happened (the state it talks about is on screen); it stays the current stop
 * until the next one is reached.
 */
export function currentStop(
  stops: readonly Stop[],
  trace: Trace,
  step: number,
): { stop: Stop; index: number } | null {
  let found: { stop: Stop; index: number } | null = null;
  stops.forEach((stop, index) => {
    if (
      stepsThrough(trace, stop.at) <= step &&
      (stop.at <= trace.end || step === trace.steps.length)
    )
      found = { stop, index };
  });
  return found;
}

/**
 * The first stop with a question that playing from `from` to `to` would pass without having
 * revealed its answer: playback pauses there so the audience can predict what happens next.
 */
export function questionBetween(
  stops: readonly Stop[],
  from: number,
  to: number,
  revealed: ReadonlySet<number>,
): { stop: Stop; index: number } | null {
  for (let index = 0; index < stops.length; index++) {
    const stop = stops[index]!;
    if (stop.ask !== undefined && !revealed.has(index) && stop.at > from && stop.at <= to)
      return { stop, index };
  }
  return null;
}
