import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../scenario/presets';
import { asciiDiagram } from '../trace';
import { expectGolden } from './golden.testing';
import { runPreset } from './presets.testing';

/** What every preset owes its audience, whatever its story. */

describe.each(PRESET_IDS)('preset %s as a lesson', (id) => {
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

// The stress run has thousands of messages: its diagram would be too long to review by eye.
const DRAWN = PRESET_IDS.filter((id) => id !== 'stress');

describe('preset diagrams', () => {
  it.each(DRAWN)('draws %s as its reviewed golden', (id) => {
    const path = new URL(`./golden/presets/${id}.txt`, import.meta.url).pathname;
    expectGolden(asciiDiagram(runPreset(id)), path);
  });

  it('shows in docs/presets.md exactly the diagrams the goldens hold', () => {
    const doc = readFileSync(new URL('../../docs/presets.md', import.meta.url), 'utf8');
    const shown = [...doc.matchAll(/^### ([a-z-]+)\n[\s\S]*?```text\n([^`]*)```/gm)];
    expect(shown.map(([, id]) => id)).toEqual([
      'basic',
      'acceptor-failure',
      'proposer-failure',
      'split-majority',
      'dueling-proposers',
    ]);
    for (const [, id, diagram] of shown) {
      const path = new URL(`./golden/presets/${id}.txt`, import.meta.url);
      expect(diagram, id).toBe(readFileSync(path, 'utf8'));
    }
  });
});
