import { describe, expect, it } from 'vitest';
import { BUGS } from '../../engine';
import { scenarioToFile, validateScenario } from '../../scenario';
import { runScenario } from '../run';
import { LAB_MODEL } from './model';
import { counterexampleScenario } from './scenario';
import { search } from './search';
import { ALL_REDUCTIONS } from './searchOptions';

// Searches take seconds, more on a busy machine: the cap is generous, never a measure.
describe('a counterexample as a scenario', { timeout: 30_000 }, () => {
  it.each([...BUGS])('is a valid file whose run breaks agreement as the search said: %s', (bug) => {
    // Ballots up to 2 show every break and keep the search short.
    const model = { ...LAB_MODEL, bugs: [bug], bounds: { ...LAB_MODEL.bounds, maxBallot: 2 } };
    let now = 0;
    const { counterexample } = search(model, {
      target: ['Agreement'],
      reductions: ALL_REDUCTIONS,
      limits: { statesMax: 2_000_000, timeMaxMs: Number.POSITIVE_INFINITY },
      random: null,
      stopAtFirst: true,
      clock: () => now++,
    });
    const scenario = counterexampleScenario(model, counterexample!.steps, {
      name: 'Counterexample',
      title: { en: 'Two values chosen' },
      goal: null,
    });
    // It survives the trip through a file (or a link) unchanged.
    const parsed = validateScenario(JSON.parse(JSON.stringify(scenarioToFile(scenario))));
    expect(parsed).toEqual({ ok: true, scenario });
    const trace = runScenario(scenario);
    const agreement = trace.violations.find((v) => v.invariant === 'Agreement')!;
    expect(agreement.facts).toEqual(counterexample!.violation.facts);
    // One step a tick after the requests at 0, the network manual: the run ends at its last step.
    expect(trace.end).toBe(counterexample!.steps.length - 2);
    expect(trace.steps).toHaveLength(counterexample!.steps.length);
  });
});
