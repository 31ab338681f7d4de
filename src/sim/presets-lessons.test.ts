import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../scenario/presets';
import type { PresetId } from '../scenario/presets';
import { runPreset } from './presets.testing';

/** What every preset owes its audience, whatever its story. */

/**
 * The one preset whose lesson is broken safety: two values chosen, two learners told different
 * ones. Its run must break exactly those, as its stops say.
 */
const BROKEN: Partial<Record<PresetId, string[]>> = {
  'fp-broken-quorums': ['Agreement', 'LearnerConsistency'],
};

describe.each(PRESET_IDS)('preset %s as a lesson', (id) => {
  const broken = BROKEN[id] ?? [];
  it(
    broken.length === 0 ? 'breaks no invariant' : `breaks ${broken.join(' and ')}, as it teaches`,
    () => {
      const seen = runPreset(id).violations.map((violation) => violation.invariant);
      expect([...new Set(seen)]).toEqual(broken);
    },
  );

  it('stops only at ticks of the run where something happens', () => {
    const trace = runPreset(id);
    const busy = new Set(trace.steps.map((step) => step.at));
    for (const stop of trace.scenario.stops) {
      expect(stop.at, `stop at ${stop.at}`).toBeLessThanOrEqual(trace.end);
      expect(busy.has(stop.at), `nothing happens at the stop at ${stop.at}`).toBe(true);
    }
  });
});
