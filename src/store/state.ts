import { create } from 'zustand';
import type { World } from '../engine';
import type { Lang } from '../i18n';
import type { Edit, PresetId, Scenario } from '../scenario';
import type { ExploreModel, SearchProgress, SearchReport } from '../sim/explore';
import type { Trace } from '../trace';
import type { Recording } from './recording';

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
  /** The rest of a long run while it is being recorded; null once `trace` is the whole run. */
  recording: Recording | null;
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
  /** The stretch of the run that playing covers (an embed may show only part of a run). */
  bounds: Bounds;
}

/**
 * Playing stops at `stop` (the end of the run when null) and, with `loop`, starts again at
 * `start` after a moment's hold. Stepping and the scrubber still reach the whole run.
 */
export interface Bounds {
  start: number;
  stop: number | null;
  loop: boolean;
}

/** `system` follows the operating system's light or dark setting. */
export type Theme = 'system' | 'light' | 'dark';

export interface UiSlice {
  lang: Lang;
  theme: Theme;
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
  /** Whether this screen shows the lesson: only then does a question pause playing (not in an embed). */
  lessons: boolean;
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

/** Where the safety lab's search is: its outcome stays after another run is loaded. */
export type SearchState =
  | { status: 'idle' }
  | { status: 'running'; progress: SearchProgress | null }
  | { status: 'done'; report: SearchReport }
  | { status: 'cancelled'; progress: SearchProgress | null }
  | { status: 'failed'; error: string };

export interface LabSlice {
  /**
   * The size of the next search (null: the lab's default, LAB_MODEL); its broken rules are the
   * run's own, taken when it starts. The default lives with the lab's code, loaded on demand.
   */
  model: ExploreModel | null;
  search: SearchState;
  /** Whether the lab's drawer is open: while it is, the quorum view is shown in it. */
  open: boolean;
}

export type State = RunSlice & PlaybackSlice & UiSlice & HistorySlice & { lab: LabSlice };

export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8, 16, 32] as const;
export const DEFAULT_SPEED = 1;
export const WHOLE_RUN: Bounds = { start: 0, stop: null, loop: false };

/** The offered speed closest to one asked for (by ratio: 3 is nearer 4 than 2). */
export function nearestSpeed(speed: number): number {
  let best: number = DEFAULT_SPEED;
  for (const s of SPEEDS)
    if (Math.abs(Math.log(s / speed)) < Math.abs(Math.log(best / speed))) best = s;
  return best;
}

export function playbackSlice(): PlaybackSlice {
  return {
    cursor: 0,
    step: 0,
    playing: false,
    speed: DEFAULT_SPEED,
    cursorTarget: null,
    bounds: WHOLE_RUN,
  };
}

export function uiSlice(lang: Lang): UiSlice {
  return {
    lang,
    theme: 'system',
    selected: null,
    hovered: null,
    follow: true,
    motion: true,
    revealed: new Set(),
    guesses: new Map(),
    presenting: false,
    blank: false,
    lessons: true,
  };
}

/**
 * Creates the store for a first run. Each app instance (page, embed, custom element) has its
 * own store, as xyflow does, so two widgets on one page never share playback.
 */
export function createPaxosStore(run: RunSlice, lang: Lang) {
  return create<State>()(() => ({
    ...run,
    ...playbackSlice(),
    ...uiSlice(lang),
    past: [],
    lab: { model: null, search: { status: 'idle' }, open: false },
  }));
}

export type PaxosStore = ReturnType<typeof createPaxosStore>;
