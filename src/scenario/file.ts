import type { WorldConfig } from '../engine';
import { DEFAULTS } from './defaults';
import type { Scenario } from './scenarioTypes';

/** The engine's view of a scenario: everything but the script, the seed and the stop time. */
export function worldConfigOf(scenario: Scenario): WorldConfig {
  const { protocol, quorums, client } = scenario;
  return {
    nodes: { ...scenario.nodes },
    network: { ...scenario.network, delay: [...scenario.network.delay] },
    proposer: { ...scenario.proposer, backoff: [...scenario.proposer.backoff] },
    bugs: [...scenario.bugs],
    ...(protocol === undefined ? {} : { protocol }),
    ...(quorums === undefined ? {} : { quorums: { ...quorums } }),
    ...(client === undefined ? {} : { client: { ...client } }),
  };
}

/** The scenario as a file: a JSON object in the documented field order, optional fields only when set. */
export function scenarioToFile(scenario: Scenario): Record<string, unknown> {
  const { version, name, title, goal, seed, nodes, network, proposer, bugs, until, script, stops } =
    scenario;
  const { protocol, quorums, client } = scenario;
  return {
    version,
    ...(name === null ? {} : { name }),
    ...(title === null ? {} : { title }),
    ...(goal === null ? {} : { goal }),
    ...(protocol === undefined ? {} : { protocol }),
    seed,
    nodes,
    ...(quorums === undefined ? {} : { quorums }),
    network,
    proposer,
    ...(client === undefined ? {} : { client }),
    bugs,
    ...(until === null ? {} : { until }),
    script,
    ...(stops.length === 0 ? {} : { stops }),
  };
}

/**
 * The same file without the fields that equal their defaults: what a link carries, so links
 * stay short. Reading it back gives the same scenario.
 */
export function compactScenarioFile(scenario: Scenario): Record<string, unknown> {
  const file = scenarioToFile(scenario);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['seed', 'network', 'proposer', 'bugs'] as const) {
    if (same(file[key], DEFAULTS[key])) delete file[key];
  }
  return file;
}
