import { describe, expect, it } from 'vitest';
import { BASIC_PRESET_IDS } from '../scenario/presets';
import { runPreset } from './presets.testing';

/** What every preset owes its audience, whatever its story. */

describe.each(BASIC_PRESET_IDS)('preset %s as a lesson', (id) => {
  it('breaks no invariant', () => {
    expect(runPreset(id).violations).toEqual([]);
  });

  it('stops only at ticks of the run where something happens', () => {
    const trace = runPreset(id);
    const busy = new Set(trace.steps.map((step) => step.at));
    for (const stop of trace.scenario.stops) {
      expect(stop.at, `stop at ${stop.at}`).toBeLessThanOrEqual(trace.end);
      expect(busy.has(stop.at), `nothing happens at the stop at ${stop.at}`).toBe(true);
    }
  });
});
