import type { Edit, PresetId, Scenario } from '../scenario';
import { applyEdits } from '../scenario';
import { replaceRun, WHOLE_RUN } from './playback';
import { recordRun } from './recording';
import type { RunSlice } from './runSlice';
import type { PaxosStore } from './state';

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
      slotHovered: null,
      slotPicked: null,
      follow: true,
      fit: false,
      past: [],
      revealed: new Set(),
      guesses: new Map(),
    },
  );
}
