import type { EngineEvent, World } from '../engine';
import { apply, createWorld } from '../engine';
import type { Scenario } from '../scenario';
import { UNTIL_DEFAULT_CAP, worldConfigOf } from '../scenario';
import type { Cut, Trace } from '../trace';
import { TraceBuilder } from '../trace';
import { RUN_BUDGET } from './budget';
import type { RunBudget } from './budget';
import { scriptItems } from './scriptItems';
import type { ScriptItem } from './scriptItems';
import { nextTimedInput } from './timed';

export interface Outcome {
  world: World;
  end: number;
  steps: number;
  /** Where the run's budget stopped it before its end, or null when it ran to its end. */
  cut: Cut | null;
  /** A run with no `until` that still had more to do when it reached its cap. */
  capped: boolean;
}

/**
 * Where a run with no `until` stops if it never comes to rest (proposers retrying for ever
 * with no quorum up): UNTIL_DEFAULT_CAP ticks after the last thing its script does, so a lever
 * pulled at the end of such a run (Heal, Restart) still has that long to play out.
 */
export function capOf(scenario: Scenario): number {
  let last = 0;
  for (const entry of scenario.script) last = Math.max(last, entry.at);
  return last + UNTIL_DEFAULT_CAP;
}

/**
 * A scenario driven by the timed scheduler until `until` (or, without one, until nothing is in
 * flight and no timer is pending, capped: see capOf), a slice of steps at a time, so
 * the page can draw the first ticks of a long run while the rest is worked out. With a
 * builder every step is recorded; without, nothing is allocated for events (the fuzzing hot
 * path). Either way the budget bounds the work and the memory a run may take: past it, the run
 * is cut where it is, and the cut says which limit it met.
 */
export class Simulation {
  readonly world: World;
  private readonly script: readonly ScriptItem[];
  private readonly until: number;
  private readonly events: EngineEvent[] | null;
  private scriptIndex = 0;
  private manual = false;
  // The simulator's clock: the world's time, or later when a scheduler switch happened since.
  private now = 0;
  private steps = 0;
  private outcome: Outcome | null = null;

  constructor(
    private readonly scenario: Scenario,
    seed: number,
    private readonly builder: TraceBuilder | null,
    private readonly budget: RunBudget = RUN_BUDGET,
  ) {
    this.world = createWorld(worldConfigOf(scenario), seed);
    this.script = scriptItems(scenario);
    this.until = scenario.until ?? capOf(scenario);
    this.events = builder === null ? null : [];
  }

  /** The outcome once the run has ended, null while it goes on. */
  get ended(): Outcome | null {
    return this.outcome;
  }

  /** Applies up to `count` more steps; returns the outcome when the run has ended. */
  advance(count: number): Outcome | null {
    const { world, script, builder, events } = this;
    for (let done = 0; done < count && this.outcome === null;) {
      const input = nextTimedInput(world, script, this.scriptIndex, this.manual, this.now);
      if (input === null || input.at > this.until) {
        // A run the user has taken over ("you are the network") ends where they took it over,
        // not at the last step before: the simulator's clock has moved there.
        const end = this.scenario.until ?? (input === null ? this.now : this.until);
        const capped = this.scenario.until === null && input !== null;
        this.outcome = { world, end, steps: this.steps, cut: null, capped };
        break;
      }
      const cut = this.overBudget();
      if (cut !== null) {
        this.outcome = { world, end: world.now, steps: this.steps, cut, capped: false };
        break;
      }
      if (input === script[this.scriptIndex]) this.scriptIndex++;
      this.now = input.at;
      if (input.kind === 'scheduler') {
        this.manual = input.mode === 'manual';
        continue;
      }
      builder?.beforeStep(world);
      apply(world, input, events);
      this.steps++;
      done++;
      if (builder !== null) {
        builder.afterStep(input, events!);
        events!.length = 0;
      }
    }
    return this.outcome;
  }

  private overBudget(): Cut | null {
    if (this.steps >= this.budget.steps)
      return { by: 'steps', limit: this.budget.steps, at: this.world.now };
    if (this.world.nextMessageId >= this.budget.messages)
      return { by: 'messages', limit: this.budget.messages, at: this.world.now };
    return null;
  }
}

/** Runs a scenario to its end (or its budget) without recording it: fuzzing's form. */
export function simulate(scenario: Scenario, seed: number, builder: TraceBuilder | null): Outcome {
  return new Simulation(scenario, seed, builder).advance(Infinity)!;
}

/**
 * A run being recorded: `advance` works on it a slice at a time, `preview` is the part done so
 * far as a trace of its own (nothing in it changes as the rest is recorded), `trace` the whole
 * run once it has ended.
 */
export class RunRecording {
  private readonly builder: TraceBuilder;
  private readonly simulation: Simulation;

  constructor(scenario: Scenario, seed: number = scenario.seed, budget: RunBudget = RUN_BUDGET) {
    this.builder = new TraceBuilder(scenario, seed);
    this.simulation = new Simulation(scenario, seed, this.builder, budget);
  }

  /** Records up to `count` more steps; true once the run has ended. */
  advance(count: number): boolean {
    return this.simulation.advance(count) !== null;
  }

  /** The tick the recording has reached. */
  get reached(): number {
    return this.simulation.world.now;
  }

  preview(): Trace {
    return this.builder.snapshot(this.simulation.world);
  }

  trace(): Trace {
    const outcome = this.simulation.ended;
    if (outcome === null) throw new Error('the run is still being recorded');
    return this.builder.finish(outcome.world, outcome.end, outcome.cut, outcome.capped);
  }
}

/** Runs a scenario and records everything: the trace the CLI, the store and the exporters read. */
export function runScenario(
  scenario: Scenario,
  seed: number = scenario.seed,
  budget: RunBudget = RUN_BUDGET,
): Trace {
  const recording = new RunRecording(scenario, seed, budget);
  recording.advance(Infinity);
  return recording.trace();
}
