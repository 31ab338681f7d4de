import type { Input } from '../../engine';
import type { Scenario, ScriptEntry, Text } from '../../scenario';
import { worldConfigOf } from '../../scenario';
import type { ScheduleStep } from '../shrink';
import { replaySchedule } from '../shrink';
import type { ExploreModel } from './model';
import { MODEL_SEED, modelConfig } from './model';

export interface ScenarioWords {
  name: string | null;
  title: Text | null;
  goal: Text | null;
}

/**
 * Learners in the scenario a Basic Paxos counterexample becomes: the search leaves them out, a
 * run shows them. (A Multi-Paxos model searches its replica, so its scenario has the same one.)
 */
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
  const { heartbeat, window } = base.proposer;
  const scenario: Scenario = {
    version: 1,
    ...words,
    seed: MODEL_SEED,
    nodes: { ...base.nodes },
    network: { delay: [1, 1], drop: 0, duplicate: 0 },
    proposer: {
      timeout: base.proposer.timeout,
      backoff: [0, 0],
      ...(heartbeat === undefined ? {} : { heartbeat }),
      ...(window === undefined ? {} : { window }),
    },
    bugs: [...model.bugs],
    until: null,
    script: [{ at: 0, scheduler: 'manual' }],
    stops: [],
    ...(base.protocol === undefined ? {} : { protocol: base.protocol }),
    ...(base.quorums === undefined ? {} : { quorums: { ...base.quorums } }),
    ...(base.client === undefined ? {} : { client: { ...base.client } }),
  };
  // Copies of one message act alike; the replayer takes the oldest, as the search did.
  const { inputs } = replaySchedule(worldConfigOf(scenario), scenario.seed, steps);
  if (inputs.length !== steps.length) throw new Error('a step of the schedule is not enabled');
  // Ids follow from the order of the inputs alone, so they can be stamped anew: the clients ask
  // at the start, and every later step gets a tick of its own.
  let tick = 0;
  for (const input of inputs)
    scenario.script.push(entryOf({ ...input, at: input.kind === 'request' ? 0 : ++tick }));
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
