import { create } from 'zustand';
import type { World } from '../engine';
import type { Lang } from '../i18n';
import type { Edit, PresetId, Scenario } from '../scenario';
import type { Trace } from '../trace';

/**
 * The run on screen: the scenario as loaded, what the user did to it, the resulting scenario
 * and trace, and the world at the playback position.
 */
export interface RunSlice {
  /** The preset the run started from, or null for an imported or shared scenario. */
  presetId: PresetId | null;
  base: Scenario;
  edits: Edit[];
  scenario: Scenario;
  trace: Trace;
  /** The world after `step` steps, kept in step with it so components never seek. */
  world: World;
}

/**
 * Where playback is. `step` counts the inputs applied; `cursor` is the time in fractional
 * ticks that moves messages along their arrows. Playing keeps every step at or before the
 * cursor applied; Step applies one at a time, so several arrivals in one tick come one by one.
 */
export interface PlaybackSlice {
  cursor: number;
  step: number;
  playing: boolean;
  /** Ticks per second while playing. */
  speed: number;
  /** Where a Step is gliding the cursor to (null when it is not gliding). */
  cursorTarget: number | null;
}

export interface UiSlice {
  lang: Lang;
  /** The clicked message (its causes and effects are highlighted). */
  selected: number | null;
  hovered: number | null;
  /** The view keeps the cursor in sight until the user scrolls away. */
  follow: boolean;
  /** Animations on (off for reduced motion and for stable screenshots). */
  motion: boolean;
  /** Lesson stops whose question has been answered: playing no longer pauses there. */
  revealed: ReadonlySet<number>;
  /** The option the audience picked at each question. */
  guesses: ReadonlyMap<number, number>;
  /** Presenter mode: large type, high contrast, a caption bar; `blank` hides the screen (B). */
  presenting: boolean;
  blank: boolean;
}

/** What Undo brings back: the edits before the last one, and where playback was. */
export interface Snapshot {
  edits: Edit[];
  cursor: number;
  step: number;
}

export interface HistorySlice {
  past: Snapshot[];
}

export type State = RunSlice & PlaybackSlice & UiSlice & HistorySlice;

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32] as const;
export const DEFAULT_SPEED = 1;

export function playbackSlice(): PlaybackSlice {
  return { cursor: 0, step: 0, playing: false, speed: DEFAULT_SPEED, cursorTarget: null };
}

export function uiSlice(lang: Lang): UiSlice {
  return {
    lang,
    selected: null,
    hovered: null,
    follow: true,
    motion: true,
    revealed: new Set(),
    guesses: new Map(),
    presenting: false,
    blank: false,
  };
}

/**
 * Creates the store for a first run. Each app instance (page, embed, custom element) has its
 * own store, as xyflow does, so two widgets on one page never share playback.
 */
export function createPaxosStore(run: RunSlice, lang: Lang) {
  return create<State>()(() => ({ ...run, ...playbackSlice(), ...uiSlice(lang), past: [] }));
}

export type PaxosStore = ReturnType<typeof createPaxosStore>;
