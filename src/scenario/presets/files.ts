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
import type { PresetId } from './index';
import { LOG_PRESET_FILES } from './multi';

/**
 * Every preset's file, bundled: for the full app (its picker lists all of them at once), the
 * one-file element, the CLI and the tests. `addPresetFiles(PRESET_FILES)` makes them available.
 */
export const PRESET_FILES: Record<PresetId, object> = {
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
  ...LOG_PRESET_FILES,
};
