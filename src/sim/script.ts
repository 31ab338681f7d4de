import type { Input } from '../engine';
import type { Scenario, ScriptEntry } from '../scenario';

/** A scenario's script as engine inputs, in time order (entries at one tick keep file order). */
export function scriptInputs(scenario: Scenario): Input[] {
  return scenario.script
    .map((entry, order) => ({ input: toInput(entry), order }))
    .sort((a, b) => a.input.at - b.input.at || a.order - b.order)
    .map(({ input }) => input);
}

export function toInput(entry: ScriptEntry): Input {
  const at = entry.at;
  if ('request' in entry) return { kind: 'request', at, ...entry.request };
  if ('crash' in entry) return { kind: 'crash', at, node: entry.crash };
  if ('restart' in entry) return { kind: 'restart', at, node: entry.restart };
  if ('partition' in entry) return { kind: 'partition', at, groups: entry.partition };
  if ('heal' in entry) return { kind: 'heal', at };
  const { type = null, from = null, to = null } = entry.drop;
  return { kind: 'drop-rule', at, type, from, to, until: entry.until ?? null };
}
