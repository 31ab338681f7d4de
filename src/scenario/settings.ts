import { MULTI_PAXOS_DEFAULTS } from '../engine';
import { DEFAULTS } from './defaults';
import type { Problems } from './problems';
import { isRecord, knownKeys, typeName } from './problems';
import type { NetworkSettings, ProposerSettings } from './scenarioTypes';
import { LIMITS } from './scenarioTypes';

/**
 * Network and proposer settings, read where they appear: at the top level (every field has a
 * default) or in a script entry that changes some of them mid-run (only the fields given).
 */
export function readNetwork(problems: Problems, value: unknown, path: string): NetworkSettings {
  const defaults = DEFAULTS.network;
  return {
    ...defaults,
    delay: [...defaults.delay],
    ...readNetworkChange(problems, value ?? {}, path),
  };
}

export function readNetworkChange(
  problems: Problems,
  value: unknown,
  path: string,
): Partial<NetworkSettings> {
  if (!isRecord(value)) {
    problems.add(path, `must be an object, not ${typeName(value)}`);
    return {};
  }
  knownKeys(problems, value, path, ['delay', 'drop', 'duplicate']);
  const change: Partial<NetworkSettings> = {};
  if (value.delay !== undefined)
    change.delay = problems.range(
      value.delay,
      `${path}.delay`,
      0,
      LIMITS.delayMax,
      DEFAULTS.network.delay,
    );
  if (value.drop !== undefined) change.drop = problems.probability(value.drop, `${path}.drop`, 0);
  if (value.duplicate !== undefined)
    change.duplicate = problems.probability(value.duplicate, `${path}.duplicate`, 0);
  return change;
}

export function readProposer(problems: Problems, value: unknown, path: string): ProposerSettings {
  const defaults = DEFAULTS.proposer;
  return {
    ...defaults,
    backoff: [...defaults.backoff],
    ...readProposerChange(problems, value ?? {}, path),
  };
}

export function readProposerChange(
  problems: Problems,
  value: unknown,
  path: string,
): Partial<ProposerSettings> {
  if (!isRecord(value)) {
    problems.add(path, `must be an object, not ${typeName(value)}`);
    return {};
  }
  knownKeys(problems, value, path, ['timeout', 'backoff', 'heartbeat', 'window']);
  const change: Partial<ProposerSettings> = {};
  if (value.timeout !== undefined)
    change.timeout = problems.integer(
      value.timeout,
      `${path}.timeout`,
      1,
      LIMITS.timeoutMax,
      DEFAULTS.proposer.timeout,
    );
  if (value.backoff !== undefined)
    change.backoff = problems.range(
      value.backoff,
      `${path}.backoff`,
      0,
      LIMITS.backoffMax,
      DEFAULTS.proposer.backoff,
    );
  if (value.heartbeat !== undefined)
    change.heartbeat = problems.integer(
      value.heartbeat,
      `${path}.heartbeat`,
      1,
      LIMITS.heartbeatMax,
      MULTI_PAXOS_DEFAULTS.heartbeat,
    );
  if (value.window !== undefined)
    change.window = problems.integer(
      value.window,
      `${path}.window`,
      1,
      LIMITS.windowMax,
      MULTI_PAXOS_DEFAULTS.window,
    );
  return change;
}
