import { create } from 'zustand';
import type { Lang } from '../i18n';
import type { HistorySlice } from './edit';
import type { LabSlice } from './lab';
import type { PlaybackSlice } from './playback';
import { playbackSlice } from './playback';
import type { RunSlice } from './runSlice';
import type { UiSlice } from './ui';
import { uiSlice } from './ui';

/**
 * The store of one Paxoscope, from slices (zustand's slices pattern), each a file that owns its
 * state and the actions that write it: the run (run.ts), playback (playback.ts), the screen
 * (ui.ts), edits and Undo (edit.ts), the safety lab (lab.ts). Actions are plain functions of a
 * store, so components, keys, tests and the animation loop all call the same code.
 */
export type State = RunSlice & PlaybackSlice & UiSlice & HistorySlice & { lab: LabSlice };

/**
 * Creates the store for a first run, at its start. Each app instance (page, embed, custom
 * element) has its own store, as xyflow does, so two widgets on one page never share playback.
 */
export function createPaxosStore(run: RunSlice, lang: Lang) {
  return create<State>()(() => ({
    ...run,
    ...playbackSlice(run.trace),
    ...uiSlice(lang),
    past: [],
    // The lab's own module loads on demand, so its empty state is written here.
    lab: { model: null, search: { status: 'idle' }, open: false },
  }));
}

export type PaxosStore = ReturnType<typeof createPaxosStore>;
