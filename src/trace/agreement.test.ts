import { describe, expect, it } from 'vitest';
import type { Bug } from '../engine';
import type { PresetId } from '../scenario';
import { BASIC_PRESET_IDS, preset } from '../scenario';
import { runScenario } from '../sim';
import { brokenAt, chosenAt } from './agreement';
import { worldAfter } from './seek';
import type { Trace } from './types';

/** Runs that break agreement, with the rule each breaks. */
const BROKEN: [PresetId, Bug][] = [
  ['dueling-proposers', 'accept-any-ballot'],
  ['dueling-proposers', 'shared-ballots'],
  ['two-values', 'minority-quorum'],
  ['chosen-is-stable', 'ignore-promised-values'],
  ['crash-recovery', 'amnesiac-acceptor'],
];

const kept = BASIC_PRESET_IDS.filter((id) => id !== 'stress').map((id) => runScenario(preset(id)));
const broken = BROKEN.map(([id, bug]) => runScenario({ ...preset(id), bugs: [bug] }));

/** The engine's own answers after `step` steps: its ghost's chosen values and its violations. */
function engineAt(trace: Trace, step: number) {
  const world = worldAfter(trace, step);
  const lowest = world.ghost.chosen.reduce<(typeof world.ghost.chosen)[number] | null>(
    (low, c) => (low === null || c.ballot < low.ballot ? c : low),
    null,
  );
  return {
    chosen: lowest === null ? null : { ballot: lowest.ballot, value: lowest.value },
    broken: world.violations.some((v) => v.invariant === 'Agreement'),
  };
}

describe('what was chosen and whether agreement broke, at a step', () => {
  it('agree with the engine’s ghost and violations at every step', () => {
    for (const trace of [...kept, ...broken])
      for (let step = 0; step <= trace.steps.length; step++) {
        const engine = engineAt(trace, step);
        const chosen = chosenAt(trace, step);
        expect(chosen === null ? null : { ballot: chosen.ballot, value: chosen.value }).toEqual(
          engine.chosen,
        );
        expect(brokenAt(trace, step) !== null).toBe(engine.broken);
      }
  });

  it('name the step after which a value is chosen and the quorum that chose it', () => {
    const trace = runScenario(preset('basic'));
    const chosen = chosenAt(trace, trace.steps.length)!;
    expect(chosen).toMatchObject({ ballot: 1, value: 'X', majority: true });
    expect(chosen.members.map((m) => m.acceptor)).toEqual(['A1', 'A2']);
    expect(chosenAt(trace, chosen.step - 1)).toBeNull();
    expect(chosenAt(trace, chosen.step)).toBe(chosen);
    expect(brokenAt(trace, trace.steps.length)).toBeNull();
  });

  it('name the step and tick at which agreement broke, and keep the lowest ballot’s value', () => {
    for (const trace of broken) {
      const at = brokenAt(trace, trace.steps.length)!;
      expect(at).not.toBeNull();
      expect(brokenAt(trace, at.step - 1)).toBeNull();
      expect(at.at).toBe(trace.steps[at.step - 1]!.at);
      const first = chosenAt(trace, at.step)!;
      expect(first.step).toBeLessThan(at.step);
      expect(first.ballot).toBeLessThanOrEqual(chosenAt(trace, trace.steps.length)!.ballot);
    }
  });
});
