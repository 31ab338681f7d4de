import basic from '../scenario/presets/basic.json';
import type { Scenario } from '../scenario';
import { validateScenario } from '../scenario';
import { runOf } from './actions';
import { createPaxosStore } from './state';

export function scenarioOf(data: unknown): Scenario {
  const result = validateScenario(data);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}

export const basicScenario = scenarioOf(basic);

export function storeFor(scenario: Scenario = basicScenario) {
  const store = createPaxosStore(runOf(scenario), 'en');
  store.setState({ motion: false });
  return store;
}
