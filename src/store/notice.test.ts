import { describe, expect, it } from 'vitest';
import { preset } from '../scenario';
import { scenarioOf } from '../scenario/scenarioOf.testing';
import { runScenario } from '../sim';
import { endLine, runNotice } from './notice';
import { recordRun } from './recording';

describe('what the screen says about a run as a whole', () => {
  it('says nothing about an ordinary run, and that it is over at its end', () => {
    const trace = runScenario(preset('basic'));
    expect(runNotice(trace, true)).toBeNull();
    expect(endLine(trace, null, 0).key).toBe('narration.end');
  });

  it('says where and why the budget cut a run, and never that such a run is over', () => {
    const trace = runScenario(preset('stress'), 1, { steps: 50, messages: 1e9 });
    expect(runNotice(trace, true)).toEqual({
      key: 'notice.cutSteps',
      params: { limit: 50, at: trace.end },
    });
    expect(endLine(trace, null, 0).key).toBe('narration.cut');
  });

  it('says that nothing happens in an empty run where no narration says it', () => {
    const trace = runScenario(scenarioOf({ script: [] }));
    expect(runNotice(trace, false)?.key).toBe('notice.empty');
    expect(runNotice(trace, true)).toBeNull();
  });

  it('never calls a run over while its end is still being recorded', () => {
    const { trace, recording } = recordRun(preset('stress'));
    expect(recording).not.toBeNull();
    expect(endLine(trace, recording, 0).key).toBe('narration.recording');
  });
});
