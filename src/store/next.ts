import { lessonStop } from './lessonRun';
import { pullLever } from './edit';
import { waitingMessages } from './manual';
import { stepForward } from './playback';
import type { PaxosStore, State } from './state';
import { reveal } from './ui';

/**
 * What Step does (the button, → and a clicker's PageDown): at a lesson's question not yet
 * answered, it reveals the answer first, so a lecturer with only a clicker never steps past a
 * prediction unseen; otherwise the next recorded step; at the end of a run in which the user is
 * the network, it delivers the oldest message still in flight, so Step always moves the run on
 * while anything can still happen.
 */
export function next(store: PaxosStore): void {
  const state = store.getState();
  const question = unansweredQuestion(state);
  if (question !== null) return reveal(store, question);
  // Messages wait only at the end of what is recorded, so this is never instead of a step.
  const oldest = waitingMessages(state)[0];
  if (oldest !== undefined) pullLever(store, { deliver: { message: oldest } });
  else stepForward(store);
}

/** Whether Step has anything to do. */
export function canStep(state: State): boolean {
  return (
    state.step < state.trace.steps.length ||
    waitingMessages(state).length > 0 ||
    unansweredQuestion(state) !== null
  );
}

/** The index of the lesson stop on screen when it asks a question not yet revealed. */
function unansweredQuestion(state: State): number | null {
  if (!state.lessons) return null;
  const current = lessonStop(state);
  if (current === null || current.stop.ask === undefined || state.revealed.has(current.index))
    return null;
  return current.index;
}
