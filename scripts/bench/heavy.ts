import type { Scenario } from '../../src/scenario';
import { validateScenario } from '../../src/scenario';

/**
 * A long, heavy run for timing seeks: 5 proposers dueling over 7 acceptors on a lossy network,
 * with a majority down for most of the run so proposers keep retrying (about 10,000 messages).
 */
export function heavyScenario(until = 2600): Scenario {
  const clients = ['C1', 'C2', 'C3', 'C4', 'C5'];
  const result = validateScenario({
    version: 1,
    name: 'seek benchmark',
    seed: 7,
    nodes: { clients: 5, proposers: 5, acceptors: 7, learners: 2 },
    network: { delay: [1, 4], drop: 0.1, duplicate: 0.05 },
    proposer: { timeout: 12, backoff: [0, 8] },
    until,
    script: [
      ...clients.map((client, i) => ({
        at: i,
        request: { client, proposer: `P${i + 1}`, value: `V${i + 1}` },
      })),
      ...['A1', 'A2', 'A3', 'A4'].map((node) => ({ at: 5, crash: node })),
      ...['A1', 'A2', 'A3', 'A4'].map((node) => ({ at: until - 100, restart: node })),
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.scenario;
}
