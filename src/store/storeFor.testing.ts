import basic from '../scenario/presets/basic.json';
import type { Scenario } from '../scenario';
import { scenarioOf } from '../scenario/scenarioOf.testing';

export { scenarioOf };
import { runOf } from './loadScenario';
import { createPaxosStore } from './state';

export const basicScenario = scenarioOf(basic);

export function storeFor(scenario: Scenario = basicScenario) {
  const store = createPaxosStore(runOf(scenario), 'en');
  store.setState({ motion: false });
  return store;
}
