import type { EngineEvent, World } from '../engine';
import { apply, createWorld } from '../engine';
import type { Scenario } from '../scenario';
import { UNTIL_DEFAULT_CAP, worldConfigOf } from '../scenario';
import type { Trace } from '../trace';
import { TraceBuilder } from '../trace';
import { scriptInputs } from './script';
import { nextTimedInput } from './timed';

/** No run takes more steps than this, whatever the scenario says (a limit on everything). */
export const STEPS_MAX = 2_000_000;

export interface Outcome {
  world: World;
  end: number;
  steps: number;
  delivered: number;
  truncated: boolean;
}

/**
 * Drives a scenario with the timed scheduler until `until` (or, without one, until nothing is
 * in flight and no timer is pending, capped at UNTIL_DEFAULT_CAP). With a builder, every step
 * is recorded; without, nothing is allocated for events (the fuzzing hot path).
 */
export function simulate(scenario: Scenario, seed: number, builder: TraceBuilder | null): Outcome {
  const world = createWorld(worldConfigOf(scenario), seed);
  const script = scriptInputs(scenario);
  const until = scenario.until ?? UNTIL_DEFAULT_CAP;
  const events: EngineEvent[] | null = builder === null ? null : [];
  let scriptIndex = 0;
  let steps = 0;
  let delivered = 0;
  for (;;) {
    const input = nextTimedInput(world, script, scriptIndex);
    if (input === null || input.at > until) {
      const end = scenario.until ?? (input === null ? world.now : until);
      return { world, end, steps, delivered, truncated: false };
    }
    if (steps === STEPS_MAX) return { world, end: world.now, steps, delivered, truncated: true };
    if (input === script[scriptIndex]) scriptIndex++;
    if (input.kind === 'deliver') delivered++;
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
