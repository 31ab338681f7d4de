import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASIC_PRESET_IDS } from '../scenario/presets';
import { runPreset } from '../sim/presets.testing';
import { asciiDiagram } from './ascii';
import { expectGolden } from './golden.testing';

// The stress run has thousands of messages: its diagram would be too long to review by eye.
const DRAWN = BASIC_PRESET_IDS.filter((id) => id !== 'stress');

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
