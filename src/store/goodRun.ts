import { preset } from '../scenario';
import { loadScenario } from './actions';
import type { PaxosStore, State } from './state';

/** What it takes to put a run back on screen exactly as it was: the run and the place in it. */
export type GoodRun = Pick<
  State,
  | 'presetId'
  | 'base'
  | 'edits'
  | 'scenario'
  | 'trace'
  | 'recording'
  | 'world'
  | 'cursor'
  | 'step'
  | 'past'
>;

export function goodRunOf(state: State): GoodRun {
  const { presetId, base, edits, scenario, trace, recording, world, cursor, step, past } = state;
  return { presetId, base, edits, scenario, trace, recording, world, cursor, step, past };
}

/**
 * After the screen failed to draw a run: back to the last run it drew, paused, or to the basic
 * scenario when it never drew one.
 */
export function restoreRun(store: PaxosStore, good: GoodRun | null): void {
  if (good === null) loadScenario(store, preset('basic'), 'basic');
  else store.setState({ ...good, playing: false, cursorTarget: null, selected: null });
}
