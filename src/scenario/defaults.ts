import type { Scenario } from './scenarioTypes';

/** What a field means when a scenario file leaves it out. */
export const DEFAULTS: Omit<Scenario, 'nodes' | 'script'> = {
  version: 1,
  name: null,
  title: null,
  goal: null,
  seed: 1,
  network: { delay: [1, 1], drop: 0, duplicate: 0 },
  proposer: { timeout: 10, backoff: [0, 5] },
  bugs: [],
  until: null,
  stops: [],
};
