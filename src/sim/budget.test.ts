import { describe, expect, it } from 'vitest';
import { applyEdits, preset } from '../scenario';
import { scenarioOf } from '../scenario/scenarioOf.testing';
import { worldAfter } from '../trace';
import { RUN_BUDGET } from './budget';
import { heavyScenarioFile } from './heavy.testing';
import { RunRecording, runScenario } from './run';

const heavy = scenarioOf(heavyScenarioFile());

describe("a run's budget", () => {
  const trace = runScenario(heavy);

  it('cuts the heaviest valid scenario at 100,000 messages, long before its until', () => {
    expect(trace.cut).toEqual({ by: 'messages', limit: RUN_BUDGET.messages, at: trace.end });
    expect(trace.end).toBeLessThan(10000);
    // The step that met the limit may send a few more, never many.
    expect(trace.messages.length).toBeGreaterThanOrEqual(RUN_BUDGET.messages);
    expect(trace.messages.length).toBeLessThan(RUN_BUDGET.messages + 100);
    expect(trace.steps.length).toBeLessThanOrEqual(RUN_BUDGET.steps);
  });

  it('keeps checkpoints to a few world entries a step, however much is in flight', () => {
    const entries = trace.checkpoints.reduce(
      (sum, c) => sum + c.world.inFlight.length + c.world.ghost.votes.length,
      0,
    );
    expect(entries).toBeLessThan(10 * trace.steps.length);
    expect(worldAfter(trace, trace.steps.length)).toEqual(trace.final);
  });

  it('cuts by steps too, and says which limit it met', () => {
    const cut = runScenario(preset('stress'), 1, { steps: 50, messages: 1e9 });
    expect(cut.steps.length).toBe(50);
    expect(cut.cut).toEqual({ by: 'steps', limit: 50, at: cut.steps[49]!.at });
    expect(runScenario(preset('stress')).cut).toBeNull();
  });
});

describe('recording a run a slice at a time', () => {
  it('gives the same run as recording it in one go', () => {
    const whole = runScenario(preset('stress'));
    const recording = new RunRecording(preset('stress'));
    let slices = 0;
    while (!recording.advance(100)) slices++;
    const sliced = recording.trace();
    expect(slices).toBeGreaterThan(10);
    expect(sliced.steps).toEqual(whole.steps);
    expect(sliced.messages).toEqual(whole.messages);
    expect(sliced.final).toEqual(whole.final);
  });

  it('previews the part recorded so far as a trace that recording the rest leaves unchanged', () => {
    const recording = new RunRecording(preset('stress'));
    recording.advance(500);
    const preview = recording.preview();
    const before = JSON.stringify({ steps: preview.steps, messages: preview.messages });
    recording.advance(Infinity);
    const whole = recording.trace();
    expect(JSON.stringify({ steps: preview.steps, messages: preview.messages })).toBe(before);
    expect(preview.recording).toBe(true);
    expect(whole.recording).toBe(false);
    expect(preview.steps).toEqual(whole.steps.slice(0, 500));
    expect(worldAfter(preview, 500)).toEqual(worldAfter(whole, 500));
  });
});

describe('a run in which nothing happens', () => {
  const basic = { nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 } };
  const empties = {
    'an empty script': scenarioOf({ ...basic, script: [] }),
    'a script with only a scheduler entry': scenarioOf({
      ...basic,
      script: [{ at: 0, scheduler: 'manual' }],
    }),
    'entries after until': scenarioOf({
      ...basic,
      until: 5,
      script: [{ at: 7, request: { client: 'C1', proposer: 'P1', value: 'X' } }],
    }),
    'a remove-proposer edit that empties the script': applyEdits(
      scenarioOf({
        nodes: { clients: 1, proposers: 2, acceptors: 3, learners: 2 },
        script: [{ at: 0, request: { client: 'C1', proposer: 'P2', value: 'X' } }],
      }),
      [{ kind: 'remove-proposer' }],
    ),
  };

  for (const [name, scenario] of Object.entries(empties)) {
    it(`opens at tick 0 with the world it starts with: ${name}`, () => {
      const trace = runScenario(scenario);
      expect(trace.steps).toEqual([]);
      expect(trace.checkpoints.map((c) => c.step)).toEqual([0]);
      expect(worldAfter(trace, 0)).toEqual(trace.final);
      expect(trace.cut).toBeNull();
    });
  }
});

describe('a run with no until', () => {
  const stuck = scenarioOf({
    script: [
      { at: 0, request: { client: 'C1', proposer: 'P1', value: 'X' } },
      { at: 2, partition: [['P1', 'A1']] },
    ],
  });

  it('stops 1000 ticks after its last script entry, and knows it had more to do', () => {
    const trace = runScenario(stuck);
    expect(trace.end).toBe(1002);
    expect(trace.capped).toBe(true);
    expect(runScenario(preset('basic')).capped).toBe(false);
  });

  it('plays out a lever pulled at its end', () => {
    const healed = applyEdits(stuck, [{ kind: 'script', entries: [{ at: 1003, heal: true }] }]);
    const trace = runScenario(healed);
    expect(trace.capped).toBe(false);
    expect(trace.final.ghost.chosen.map((c) => c.value)).toEqual(['X']);
    expect(trace.end).toBeGreaterThan(1003);
  });
});
