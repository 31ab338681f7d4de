import type { EngineEvent, World } from '../engine';
import { apply, createWorld } from '../engine';
import type { Scenario } from '../scenario';
import { UNTIL_DEFAULT_CAP, worldConfigOf } from '../scenario';
import type { Trace } from '../trace';
import { TraceBuilder } from '../trace';
import { scriptItems } from './script';
import { nextTimedInput } from './timed';

/** No run takes more steps than this, whatever the scenario says (a limit on everything). */
export const STEPS_MAX = 2_000_000;

export interface Outcome {
  world: World;
  end: number;
  steps: number;
  truncated: boolean;
}

/**
 * Drives a scenario with the timed scheduler until `until` (or, without one, until nothing is
 * in flight and no timer is pending, capped at UNTIL_DEFAULT_CAP). With a builder, every step
 * is recorded; without, nothing is allocated for events (the fuzzing hot path).
 */
export function simulate(scenario: Scenario, seed: number, builder: TraceBuilder | null): Outcome {
  const world = createWorld(worldConfigOf(scenario), seed);
  const script = scriptItems(scenario);
  const until = scenario.until ?? UNTIL_DEFAULT_CAP;
  const events: EngineEvent[] | null = builder === null ? null : [];
  let scriptIndex = 0;
  let manual = false;
  // The simulator's clock: the world's time, or later when a scheduler switch happened since.
  let now = 0;
  let steps = 0;
  for (;;) {
    const input = nextTimedInput(world, script, scriptIndex, manual, now);
    if (input === null || input.at > until) {
      const end = scenario.until ?? (input === null ? world.now : until);
      return { world, end, steps, truncated: false };
    }
    if (steps === STEPS_MAX) return { world, end: world.now, steps, truncated: true };
    if (input === script[scriptIndex]) scriptIndex++;
    now = input.at;
    if (input.kind === 'scheduler') {
      manual = input.mode === 'manual';
      continue;
    }
    builder?.beforeStep(world);
    apply(world, input, events);
    steps++;
    if (builder !== null) {
      builder.afterStep(input, events!);
      events!.length = 0;
    }
  }
}

/** Runs a scenario and records everything: the trace the CLI, the store and the exporters read. */
export function runScenario(scenario: Scenario, seed: number = scenario.seed): Trace {
  const builder = new TraceBuilder(scenario, seed);
  const outcome = simulate(scenario, seed, builder);
  return builder.finish(outcome.world, outcome.end, outcome.truncated);
}
