import type { Input } from '../engine';
import type { Scenario, SchedulerMode, ScriptEntry } from '../scenario';

/**
 * A script entry as the simulator sees it: an engine input, or a switch of scheduler (a
 * directive to the simulator that the engine never hears about).
 */
export type ScriptItem = Input | { kind: 'scheduler'; at: number; mode: SchedulerMode };

/** A scenario's script in time order (entries at one tick keep file order). */
export function scriptItems(scenario: Scenario): ScriptItem[] {
  return scenario.script
    .map((entry, order) => ({ item: toItem(entry), order }))
    .sort((a, b) => a.item.at - b.item.at || a.order - b.order)
    .map(({ item }) => item);
}

export function toItem(entry: ScriptEntry): ScriptItem {
  const at = entry.at;
  if ('request' in entry) return { kind: 'request', at, ...entry.request };
  if ('crash' in entry) return { kind: 'crash', at, node: entry.crash };
  if ('restart' in entry) return { kind: 'restart', at, node: entry.restart };
  if ('partition' in entry) return { kind: 'partition', at, groups: entry.partition };
  if ('heal' in entry) return { kind: 'heal', at };
  if ('duplicate' in entry) return { kind: 'duplicate', at, id: entry.duplicate.message };
  if ('delay' in entry) return { kind: 'delay', at, id: entry.delay.message, by: entry.delay.by };
  if ('deliver' in entry) return { kind: 'deliver', at, id: entry.deliver.message };
  if ('timeout' in entry) return { kind: 'timeout', at, node: entry.timeout };
  if ('network' in entry) return { kind: 'configure', at, network: entry.network };
  if ('proposer' in entry) return { kind: 'configure', at, proposer: entry.proposer };
  if ('scheduler' in entry) return { kind: 'scheduler', at, mode: entry.scheduler };
  if ('message' in entry.drop) return { kind: 'drop', at, id: entry.drop.message };
  const { type = null, from = null, to = null } = entry.drop;
  return {
    kind: 'drop-rule',
    at,
    type,
    from,
    to,
    until: 'until' in entry ? (entry.until ?? null) : null,
  };
}
