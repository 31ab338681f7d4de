import { formatError } from '../../problems';
import type { Scenario } from '../../scenarioTypes';
import { validateScenario } from '../../validate';
import fpBrokenQuorums from './fp-broken-quorums.json';
import fpFlexibleQuorums from './fp-flexible-quorums.json';
import mpCatchUp from './mp-catch-up.json';
import mpDuelingLeaders from './mp-dueling-leaders.json';
import mpHoleNoop from './mp-hole-noop.json';
import mpLeaderFails from './mp-leader-fails.json';
import mpMinorityPartition from './mp-minority-partition.json';
import mpPipelining from './mp-pipelining.json';
import mpRetryDedup from './mp-retry-dedup.json';
import mpStableLeader from './mp-stable-leader.json';

import type { LogPresetId } from './ids';

export { LOG_PRESET_IDS } from './ids';
export type { LogPresetId } from './ids';

/** Every Multi-Paxos preset's file, for tests that read them all without the app's loaders. */

export const LOG_PRESET_FILES: Record<LogPresetId, object> = {
  'mp-stable-leader': mpStableLeader,
  'mp-pipelining': mpPipelining,
  'mp-leader-fails': mpLeaderFails,
  'mp-hole-noop': mpHoleNoop,
  'mp-dueling-leaders': mpDuelingLeaders,
  'mp-catch-up': mpCatchUp,
  'mp-retry-dedup': mpRetryDedup,
  'mp-minority-partition': mpMinorityPartition,
  'fp-flexible-quorums': fpFlexibleQuorums,
  'fp-broken-quorums': fpBrokenQuorums,
};

/** The preset as a validated scenario; an invalid shipped file is a bug, so it throws. */
export function logPreset(id: LogPresetId): Scenario {
  const result = validateScenario(LOG_PRESET_FILES[id]);
  if (!result.ok)
    throw new Error(`preset "${id}" is not valid: ${result.errors.map(formatError).join('; ')}`);
  return result.scenario;
}
