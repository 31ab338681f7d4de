import { describe, expect, it } from 'vitest';
import type { Settings } from '../engine';
import { describeSettings } from './settingsNarration';

const BEFORE: Settings = {
  network: { delay: [1, 3], drop: 0, duplicate: 0 },
  proposer: { timeout: 8, backoff: [1, 4], heartbeat: 5, window: 5 },
};

describe('the narration of new settings', () => {
  it('says each setting that changed, with its new value, and nothing else', () => {
    const after: Settings = {
      network: { ...BEFORE.network, drop: 0.25 },
      proposer: { ...BEFORE.proposer, heartbeat: 3, window: 1 },
    };
    expect(describeSettings(BEFORE, after)).toEqual([
      { key: 'narration.setting.drop', params: { percent: 25 }, tone: 'normal' },
      { key: 'narration.setting.heartbeat', params: { ticks: 3 }, tone: 'normal' },
      { key: 'narration.setting.window', params: { slots: 1 }, tone: 'normal' },
    ]);
  });

  it('words a delay of one fixed tick and a heartbeat every tick as such', () => {
    const after: Settings = {
      network: { ...BEFORE.network, delay: [1, 1] },
      proposer: { ...BEFORE.proposer, heartbeat: 1, backoff: [2, 6], timeout: 12 },
    };
    expect(describeSettings(BEFORE, after).map((l) => [l.key, l.params])).toEqual([
      ['narration.setting.delayOne', {}],
      ['narration.setting.timeout', { ticks: 12 }],
      ['narration.setting.backoff', { min: 2, max: 6 }],
      ['narration.setting.heartbeatOne', {}],
    ]);
  });

  it('falls back to the general sentence when the settings are the same', () => {
    expect(describeSettings(BEFORE, BEFORE).map((l) => l.key)).toEqual(['narration.configure']);
  });
});
