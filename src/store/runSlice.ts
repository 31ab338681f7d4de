import type { Edit, PresetId, Scenario } from '../scenario';
import type { Trace } from '../trace';
import type { Recording } from './recording';

/**
 * The run on screen: the scenario as loaded, what the user did to it, and the resulting
 * scenario and trace. Only `replaceRun` (playback.ts) puts one on screen, with a place in it.
 */
export interface RunSlice {
  /** The preset the run started from, or null for an imported or shared scenario. */
  presetId: PresetId | null;
  base: Scenario;
  edits: Edit[];
  scenario: Scenario;
  trace: Trace;
  /** The rest of a long run while it is being recorded; null once `trace` is the whole run. */
  recording: Recording | null;
}

/** The run fields of a state, to put the same run back with another trace or place. */
export function runFields(state: RunSlice): RunSlice {
  const { presetId, base, edits, scenario, trace, recording } = state;
  return { presetId, base, edits, scenario, trace, recording };
}
