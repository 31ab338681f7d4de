import type { Scenario } from '../scenario';

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
