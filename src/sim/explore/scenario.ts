import type { Input } from '../../engine';
import { apply, createWorld } from '../../engine';
import type { Scenario, ScriptEntry, Text } from '../../scenario';
import { worldConfigOf } from '../../scenario';
import type { ScheduleStep } from '../shrink';
import { matches } from '../shrink';
import type { ExploreModel } from './model';
import { MODEL_SEED, modelConfig } from './model';

export interface ScenarioWords {
  name: string | null;
  title: Text | null;
  goal: Text | null;
}

/** Learners in the scenario a counterexample becomes: the search leaves them out, a run shows them. */
const LEARNERS = 1;

/**
 * A counterexample as an ordinary scenario file: the model's nodes and broken rules, the
 * network switched to manual ("you are the network") from the start, the clients' requests at
 * tick 0 and then one step of the schedule per tick. Messages are named by the ids the run
 * gives them, found by replaying the steps in the scenario's own world (its learner receives
 * copies of every Accepted, which shifts ids). It plays, links and downloads like any run.
 */
export function counterexampleScenario(
  model: ExploreModel,
  steps: readonly ScheduleStep[],
  words: ScenarioWords,
): Scenario {
  const base = modelConfig(model, LEARNERS);
  const scenario: Scenario = {
    version: 1,
    ...words,
    seed: MODEL_SEED,
    nodes: { ...base.nodes },
    network: { delay: [1, 1], drop: 0, duplicate: 0 },
    proposer: { timeout: base.proposer.timeout, backoff: [0, 0] },
    bugs: [...model.bugs],
    until: null,
    script: [{ at: 0, scheduler: 'manual' }],
    stops: [],
  };
  const world = createWorld(worldConfigOf(scenario), scenario.seed);
  let tick = 0;
  for (const step of steps) {
    // The clients ask at the start; every later step gets a tick of its own.
    const at = step.kind === 'request' ? 0 : ++tick;
    let input: Input;
    if ('message' in step) {
      // Copies of one message act alike; the replayer takes the oldest, and so does this.
      const ids = world.inFlight.filter((m) => matches(m, step.message)).map((m) => m.id);
      if (ids.length === 0) throw new Error(`step ${tick}: no such message in flight`);
      input = { kind: step.kind, at, id: Math.min(...ids) };
    } else {
      input = { ...step, at };
    }
    apply(world, input, null);
    scenario.script.push(entryOf(input));
  }
  return scenario;
}

function entryOf(input: Input): ScriptEntry {
  const { at } = input;
  switch (input.kind) {
    case 'request': {
      const { client, proposer, value } = input;
      return { at, request: { client, proposer, value } };
    }
    case 'deliver':
      return { at, deliver: { message: input.id } };
    case 'drop':
      return { at, drop: { message: input.id } };
    case 'duplicate':
      return { at, duplicate: { message: input.id } };
    case 'timeout':
      return { at, timeout: input.node };
    case 'crash':
      return { at, crash: input.node };
    case 'restart':
      return { at, restart: input.node };
    case 'partition':
      return { at, partition: input.groups };
    case 'heal':
      return { at, heal: true };
    default:
      throw new Error(`a search never makes a ${input.kind} step`);
  }
}
