import { describe, expect, it } from 'vitest';
import { BASIC_PRESET_IDS, preset } from '../scenario';
import { scenarioOf } from '../scenario/scenarioOf.testing';
import { runScenario } from '../sim';
import { fateAt } from './fate';
import { worldAfter } from './seek';
import type { Trace } from './types';

const lossy = scenarioOf({
  nodes: { clients: 1, proposers: 2, acceptors: 3, learners: 1 },
  network: { delay: [1, 4], drop: 0.3, duplicate: 0.2 },
  script: [
    { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
    { at: 2, crash: 'A2' },
    { at: 9, restart: 'A2' },
  ],
  until: 60,
});

/** The ids the engine's world holds in flight after `step` steps, and those fateAt calls so. */
function inFlightBoth(trace: Trace, step: number): [number[], number[]] {
  const world = worldAfter(trace, step);
  const engine = world.inFlight.map((m) => m.id).sort((a, b) => a - b);
  const said = trace.messages
    .map((m) => m.id)
    .filter((id) => fateAt(trace, id, step) === 'in-flight');
  return [engine, said];
}

describe('a message’s fate at a step', () => {
  it.each(['basic', 'lossy-network', 'crash-recovery'] as const)(
    'is in flight exactly while the engine holds it (%s)',
    (id) => {
      const trace = runScenario(preset(id));
      for (let step = 0; step <= trace.steps.length; step++) {
        const [engine, said] = inFlightBoth(trace, step);
        expect(said).toEqual(engine);
      }
    },
  );

  it('is unsent, then in flight, then its end for good, and the end is the trace’s', () => {
    for (const trace of [
      runScenario(lossy),
      ...BASIC_PRESET_IDS.filter((id) => id !== 'stress').map((id) => runScenario(preset(id))),
    ])
      for (const m of trace.messages) {
        const fates = [];
        for (let step = 0; step <= trace.steps.length; step++)
          fates.push(fateAt(trace, m.id, step));
        const sent = fates.findIndex((f) => f !== null);
        expect(sent).toBe(m.sentStep + 1);
        expect(fates.slice(0, sent).every((f) => f === null)).toBe(true);
        const ended = fates.findIndex((f) => f !== null && f !== 'in-flight');
        if (m.endStep === null) expect(ended).toBe(-1);
        else expect(ended).toBe(m.endStep + 1);
        if (ended !== -1) expect(fates.slice(ended).every((f) => f === m.fate)).toBe(true);
        expect(fates.at(-1)).toBe(m.fate);
      }
  });

  it('is null for a message the run never sent', () => {
    const trace = runScenario(preset('basic'));
    expect(fateAt(trace, trace.messages.length, trace.steps.length)).toBeNull();
  });
});
