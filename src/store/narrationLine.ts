import type { EngineEvent } from '../engine';
import type { MessageKey, Params } from '../i18n';

/** One sentence of narration: a dictionary key and its facts, translated by the component. */
export interface Line {
  key: MessageKey;
  params: Params;
  tone: 'normal' | 'chosen' | 'violation';
}

/** A sentence of the narration, of the normal tone unless said otherwise. */
export function line(key: MessageKey, params: Params = {}, tone: Line['tone'] = 'normal'): Line {
  return { key, params, tone };
}

/** The first event of a kind among a step's events. */
export function find<K extends EngineEvent['kind']>(
  events: EngineEvent[],
  kind: K,
): Extract<EngineEvent, { kind: K }> | undefined {
  return events.find((e) => e.kind === kind) as Extract<EngineEvent, { kind: K }> | undefined;
}
