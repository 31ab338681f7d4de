import type { Edit, PresetId, Scenario } from '../scenario';
import { applyEdits } from '../scenario';
import type { Trace } from '../trace';
import { replaceRun, WHOLE_RUN } from './playback';
import type { Recording } from './recording';
import { recordRun } from './recording';
import type { PaxosStore } from './state';

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

/**
 * Runs a scenario with edits applied, ready to put on screen; a long run gives its first part
 * while the rest is recorded (see recording.ts), and that part reaches at least `from` steps,
 * so an edit deep in a long run keeps its place.
 */
export function runOf(
  base: Scenario,
  edits: Edit[] = [],
  presetId: PresetId | null = null,
  from = 0,
): RunSlice {
  const scenario = applyEdits(base, edits);
  const { trace, recording } = recordRun(scenario, from);
  return { presetId, base, edits, scenario, trace, recording };
}

/** The run fields of a state, to put the same run back with another trace or place. */
export function runFields(state: RunSlice): RunSlice {
  const { presetId, base, edits, scenario, trace, recording } = state;
  return { presetId, base, edits, scenario, trace, recording };
}

/** Opens another scenario: a fresh run at its start, no edits, nothing to undo. */
export function loadScenario(
  store: PaxosStore,
  scenario: Scenario,
  presetId: PresetId | null = null,
): void {
  replaceRun(
    store,
    runOf(scenario, [], presetId),
    { step: 0, cursor: 0 },
    {
      playing: false,
      bounds: WHOLE_RUN,
      selected: null,
      hovered: null,
      follow: true,
      fit: false,
      past: [],
      revealed: new Set(),
      guesses: new Map(),
    },
  );
}
