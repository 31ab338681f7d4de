import type { Scenario } from './scenarioTypes';
import { validateScenario } from './validate';

/**
 * A scenario for a test, from the file fields the test cares about; `nodes` defaults to the
 * seed diagram's (1 client, 1 proposer, 3 acceptors, 2 learners). Invalid input fails loudly.
 */
export function scenarioOf(data: Record<string, unknown>): Scenario {
  const result = validateScenario({
    version: 1,
    nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
    script: [],
    ...data,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}
