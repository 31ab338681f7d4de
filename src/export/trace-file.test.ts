import { describe, expect, it } from 'vitest';
import { applyEdits, preset, validateScenario } from '../scenario';
import { logPreset } from '../scenario/presets/multi';
import { runScenario } from '../sim';
import { traceFile } from './trace-file';
import type { TraceFile } from './trace-file';

/** What a reader of the downloaded file gets: the JSON text parsed back. */
function download(file: TraceFile): TraceFile {
  return JSON.parse(JSON.stringify(file)) as TraceFile;
}

function rerun(file: TraceFile): TraceFile {
  const result = validateScenario(file.scenario);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return traceFile(runScenario(result.scenario, file.seed));
}

describe('trace file', () => {
  it.each([
    'basic',
    'acceptor-failure',
    'lossy-network',
    'minority-partition',
    'two-values',
  ] as const)('keeps %s whole through JSON, and its scenario runs to the same messages', (id) => {
    const file = traceFile(runScenario(preset(id)));
    const read = download(file);
    expect(read).toEqual(file);
    expect(rerun(read).messages).toEqual(read.messages);
    expect(rerun(read)).toEqual(read);
  });

  it('carries the run with the user’s edits, and names messages in events by id', () => {
    const edited = applyEdits(preset('basic'), [
      { kind: 'script', entries: [{ at: 2, crash: 'A3' }] },
    ]);
    const file = download(traceFile(runScenario(edited)));
    expect(file).toMatchObject({ format: 'paxoscope-trace', version: 1, seed: 1 });
    expect(file.scenario.script).toContainEqual({ at: 2, crash: 'A3' });
    expect(file.final.down).toEqual(['A3']);
    expect(file.final.chosen).toEqual([
      { value: 'X', ballot: 1, at: expect.any(Number), acceptors: ['A1', 'A2'] },
    ]);
    const sends = file.events.filter((e) => e.kind === 'send');
    expect(sends.map((e) => (e as { message: number }).message)).toEqual(
      file.messages.map((m) => m.id),
    );
    expect(file.steps[file.events.at(-1)!.step]).toBeDefined();
    expect(file).not.toHaveProperty('checkpoints');
  });

  it('keeps a Multi-Paxos message’s slot, seq and a promise’s report, so the file reruns to the same log', () => {
    const file = download(traceFile(runScenario(logPreset('mp-leader-fails'))));
    const accept = file.messages.find((m) => m.type === 'Accept');
    expect(accept).toMatchObject({ slot: 1, seq: 1 });
    const promise = file.messages.find((m) => m.type === 'Promise' && (m.log?.length ?? 0) > 0);
    expect(promise?.log?.[0]).toMatchObject({ slot: 1 });
    expect(rerun(file).messages).toEqual(file.messages);
  });
});
