import type { Scenario } from '../scenario';
import type { State } from './state';

/**
 * Whether "you are the network" is on at a time: the last scheduler switch in the script at
 * or before it says so (a switch at tick t applies from t on).
 */
export function manualAt(scenario: Scenario, time: number): boolean {
  let manual = false;
  let when = -1;
  for (const entry of scenario.script) {
    if ('scheduler' in entry && entry.at <= time && entry.at >= when) {
      manual = entry.scheduler === 'manual';
      when = entry.at;
    }
  }
  return manual;
}

/**
 * The messages waiting for the user to deliver them: those in flight at the end of what is
 * recorded while "you are the network" is on (the run goes no further until the user acts),
 * oldest first. None anywhere else: before the end, the recorded steps come next.
 */
export function waitingMessages(
  state: Pick<State, 'scenario' | 'cursor' | 'step' | 'trace' | 'world' | 'recording'>,
): number[] {
  const { scenario, cursor, step, trace, world, recording } = state;
  if (recording !== null || step < trace.steps.length || !manualAt(scenario, cursor)) return [];
  return world.inFlight.map((m) => m.id).sort((a, b) => a - b);
}
