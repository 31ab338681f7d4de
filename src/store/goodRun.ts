import { preset } from '../scenario';
import { replaceRun } from './playback';
import { loadScenario } from './loadScenario';
import { runFields } from './runSlice';
import type { PaxosStore, State } from './state';

/** What it takes to put a run back on screen exactly as it was: the run and the place in it. */
export type GoodRun = Pick<
  State,
  'presetId' | 'base' | 'edits' | 'scenario' | 'trace' | 'recording' | 'cursor' | 'step' | 'past'
>;

export function goodRunOf(state: State): GoodRun {
  const { cursor, step, past } = state;
  return { ...runFields(state), cursor, step, past };
}

/**
 * After the screen failed to draw a run: back to the last run it drew, paused, or to the basic
 * scenario when it never drew one.
 */
export function restoreRun(store: PaxosStore, good: GoodRun | null): void {
  if (good === null) loadScenario(store, preset('basic'), 'basic');
  else
    replaceRun(store, runFields(good), good, { past: good.past, playing: false, selected: null });
}
