import { usePaxos } from '../store';

/**
 * From this speed up a step lasts less than its flash (0.9 s): headers that changed would
 * flicker all the time rather than point at what the last step touched, and the animations
 * would cost every frame. Stepping and slow playing keep them.
 */
const CALM_FROM_SPEED = 4;

/** Whether the screen holds its small animations: motion is off, or the run plays fast. */
export function useStill(): boolean {
  return usePaxos((s) => !s.motion || (s.playing && s.speed >= CALM_FROM_SPEED));
}
