import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { heavyScenarioFile } from '../sim/heavy.testing';
import { FIRST_STEPS } from '../store';
import { encodeRun } from './link';
import { openStore } from './opening';
import { optionsFromUrl } from './options';

const open = (search: string) => openStore(optionsFromUrl(search, ['en'])).store.getState();

describe('opening from options', () => {
  it('opens an embed at its start tick, bounded, at the nearest offered speed, in its theme', () => {
    const state = open('?embed=1&scenario=basic&start=2&stop=5&loop=1&speed=3&theme=dark');
    expect(state).toMatchObject({
      cursor: 2,
      bounds: { start: 2, stop: 5, loop: true },
      speed: 4,
      theme: 'dark',
      playing: false,
    });
    expect(state.trace.steps[state.step - 1]!.at).toBeLessThanOrEqual(2);
    expect(state.trace.steps[state.step]!.at).toBeGreaterThan(2);
  });

  it('lets start win over a shared position, and keeps the shared position otherwise', () => {
    const shared = open('?scenario=basic&t=4&n=9');
    expect(shared).toMatchObject({ cursor: 4, step: 9 });
    const params = encodeRun({ ...shared, cursor: 4, step: 9 }, 'en');
    expect(open(`?${params.toString()}`)).toMatchObject({ cursor: 4, step: 9 });
    expect(open(`?${params.toString()}&start=1`).cursor).toBe(1);
  });

  it('clamps a start past the end of the run, and drops a stop before the start', () => {
    const state = open('?scenario=basic&start=999&stop=3');
    expect(state.cursor).toBe(state.trace.end);
    expect(state.step).toBe(state.trace.steps.length);
    expect(state.bounds).toEqual({ start: state.trace.end, stop: null, loop: false });
  });

  it('opens the whole run, system theme, normal speed when nothing is asked', () => {
    expect(open('?embed=1')).toMatchObject({
      presetId: 'basic',
      cursor: 0,
      step: 0,
      speed: 1,
      theme: 'system',
      bounds: { start: 0, stop: null, loop: false },
    });
  });
});

describe('opening what a stranger sends', () => {
  const link = (file: unknown) => `?v=1&s=${compressToEncodedURIComponent(JSON.stringify(file))}`;

  it('opens a run in which nothing happens at tick 0, without an error', () => {
    const { store, error } = openStore(
      optionsFromUrl(
        link({
          version: 1,
          nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 2 },
          script: [],
        }),
        ['en'],
      ),
    );
    expect(error).toBeNull();
    expect(store.getState()).toMatchObject({ cursor: 0, step: 0 });
    expect(store.getState().trace.steps).toEqual([]);
  });

  it('opens the heaviest valid scenario with its first steps, the rest still to record', () => {
    const { store, error } = openStore(optionsFromUrl(link(heavyScenarioFile()), ['en']));
    expect(error).toBeNull();
    const { trace, recording } = store.getState();
    expect(trace.steps.length).toBe(FIRST_STEPS);
    expect(recording).not.toBeNull();
  });
});
