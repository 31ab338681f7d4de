import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Text } from '../scenarioTypes';
import { BASIC_PRESET_IDS, preset, presetFile, PRESET_IDS, presetTitle } from '.';
import { LOG_PRESET_IDS } from './multi';
import type { PresetId } from '.';
import { PRESET_FILES } from './files';
import { PRESET_LOADERS } from './loaders';

/** Every piece of words a preset shows, with where it is, so a failure names the text at fault. */
function textsOf(id: PresetId): [string, Text][] {
  const scenario = preset(id);
  const texts: [string, Text][] = [
    ['title', scenario.title ?? {}],
    ['goal', scenario.goal ?? {}],
  ];
  scenario.stops.forEach((stop, i) => {
    texts.push([`stops[${i}].say`, stop.say]);
    if (stop.ask === undefined) return;
    texts.push([`stops[${i}].ask.question`, stop.ask.question]);
    stop.ask.options.forEach((option, j) => texts.push([`stops[${i}].ask.options[${j}]`, option]));
    texts.push([`stops[${i}].ask.reveal`, stop.ask.reveal]);
  });
  return texts;
}

const HAN = /\p{Script=Han}/u;

describe('the preset library', () => {
  it('has the fourteen presets, one file each and no stray file', () => {
    expect(BASIC_PRESET_IDS).toHaveLength(14);
    expect(new Set(BASIC_PRESET_IDS).size).toBe(14);
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...BASIC_PRESET_IDS].sort());
  });

  it('has the ten Multi-Paxos presets after them, one file each in multi/', () => {
    expect(PRESET_IDS).toEqual([...BASIC_PRESET_IDS, ...LOG_PRESET_IDS]);
    const files = readdirSync(new URL('./multi', import.meta.url))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LOG_PRESET_IDS].sort());
  });

  it.each(PRESET_IDS)('%s is a valid scenario', (id) => {
    expect(() => preset(id)).not.toThrow();
    expect(preset(id).version).toBe(1);
  });

  it.each(PRESET_IDS)('%s says everything in English and in Chinese', (id) => {
    for (const [where, text] of textsOf(id)) {
      expect(text.en, `${id} ${where}.en`).toMatch(/\w/);
      expect(text.en, `${id} ${where}.en is English`).not.toMatch(HAN);
      expect(text.zh, `${id} ${where}.zh is Chinese`).toMatch(HAN);
    }
  });

  it.each(PRESET_IDS)('%s has 3 to 8 stops, written in tick order', (id) => {
    const stops = presetFile(id).stops as { at: number }[];
    expect(stops.length).toBeGreaterThanOrEqual(3);
    expect(stops.length).toBeLessThanOrEqual(8);
    const ticks = stops.map((stop) => stop.at);
    expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
  });

  it.each([
    'basic',
    'proposer-failure',
    'highest-ballot',
    'two-values',
    'chosen-is-stable',
    ...LOG_PRESET_IDS,
  ] as const)('%s asks the audience to predict what happens next', (id) => {
    const asks = preset(id).stops.flatMap((stop) => (stop.ask === undefined ? [] : [stop.ask]));
    expect(asks.length).toBeGreaterThanOrEqual(1);
    for (const ask of asks) {
      expect(ask.options.length).toBeGreaterThanOrEqual(2);
      expect(ask.options.length).toBeLessThanOrEqual(4);
      expect(ask.answer).toBeLessThan(ask.options.length);
    }
  });

  it('hands out a copy of a file, so editing it changes no preset', () => {
    const file = presetFile('basic');
    file.seed = 99;
    (file.script as unknown[]).length = 0;
    expect(presetFile('basic').seed).toBe(1);
    expect(preset('basic').script).toHaveLength(1);
  });

  it('gives each title, as the picker shows it, exactly as the validated preset has it', () => {
    for (const id of PRESET_IDS) expect(presetTitle(id)).toEqual(preset(id).title);
    expect(presetTitle('two-values').zh).toBeTruthy();
  });
});

describe('preset loaders', () => {
  // The embed loads one preset by its loader, the app bundles them all: both must be the same file.
  it('load each preset’s own file', async () => {
    for (const id of PRESET_IDS) {
      if (id === 'basic') continue;
      expect((await PRESET_LOADERS[id]()).default, id).toEqual(PRESET_FILES[id]);
    }
  });
});
