import { formatError } from '../problems';
import type { Scenario } from '../scenarioTypes';
import { validateScenario } from '../validate';
import acceptorFailure from './acceptor-failure.json';
import basic from './basic.json';
import chosenIsStable from './chosen-is-stable.json';
import crashRecovery from './crash-recovery.json';
import duelingProposers from './dueling-proposers.json';
import highestBallot from './highest-ballot.json';
import learnerFailure from './learner-failure.json';
import lossyNetwork from './lossy-network.json';
import minorityPartition from './minority-partition.json';
import noQuorum from './no-quorum.json';
import proposerFailure from './proposer-failure.json';
import splitMajority from './split-majority.json';
import stress from './stress.json';
import twoValues from './two-values.json';

/**
 * The canonical teaching scenarios, in the order a course meets them: the failure-free run, one
 * failure of each role, the stories that show why the rules are what they are, and the network
 * at its worst. Each is an ordinary scenario file (docs/presets.md describes them).
 */
export const PRESET_IDS = [
  'basic',
  'acceptor-failure',
  'learner-failure',
  'proposer-failure',
  'dueling-proposers',
  'two-values',
  'chosen-is-stable',
  'split-majority',
  'highest-ballot',
  'no-quorum',
  'minority-partition',
  'lossy-network',
  'crash-recovery',
  'stress',
] as const;

export type PresetId = (typeof PRESET_IDS)[number];

const FILES: Record<PresetId, object> = {
  basic,
  'acceptor-failure': acceptorFailure,
  'learner-failure': learnerFailure,
  'proposer-failure': proposerFailure,
  'dueling-proposers': duelingProposers,
  'two-values': twoValues,
  'chosen-is-stable': chosenIsStable,
  'split-majority': splitMajority,
  'highest-ballot': highestBallot,
  'no-quorum': noQuorum,
  'minority-partition': minorityPartition,
  'lossy-network': lossyNetwork,
  'crash-recovery': crashRecovery,
  stress,
};

/** The preset as its file says it, a fresh copy each time so that a caller may edit it freely. */
export function presetFile(id: PresetId): Record<string, unknown> {
  return structuredClone(FILES[id]) as Record<string, unknown>;
}

/**
 * The preset as a validated scenario. Presets are checked by tests, so a failure here is a bug
 * in the shipped file: it throws with every problem the validator found rather than limp on.
 */
export function preset(id: PresetId): Scenario {
  const result = validateScenario(FILES[id]);
  if (!result.ok) {
    const problems = result.errors.map(formatError).join('; ');
    throw new Error(`preset "${id}" is not a valid scenario: ${problems}`);
  }
  return result.scenario;
}

/** Whether a string from outside (a link, a custom element's attribute) names a preset. */
export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}
