import { describe, expect, it } from 'vitest';
import { preset } from '../scenario';
import { play, seek } from './playback';
import { reveal } from './ui';
import { currentStop, questionBetween } from './lesson';
import type { Clock } from './loop';
import { attachLoop } from './loop';
import { storeFor } from './storeFor.testing';

describe('lessons', () => {
  it('reach a stop once everything at its tick has happened', () => {
    const store = storeFor(preset('basic'));
    const { scenario, trace } = store.getState();
    const first = scenario.stops[0]!;
    seek(store, first.at - 0.5);
    expect(currentStop(scenario.stops, trace, store.getState().step)).toBeNull();
    seek(store, first.at);
    expect(currentStop(scenario.stops, trace, store.getState().step)?.index).toBe(0);
  });

  it('play on past a question when asked to, even when the next frame is stamped before the press', () => {
    const store = storeFor(preset('basic'));
    const question = store.getState().scenario.stops.findIndex((s) => s.ask !== undefined);
    const at = store.getState().scenario.stops[question]!.at;
    let time = 1000;
    const frames: ((t: number) => void)[] = [];
    attachLoop(store, {
      now: () => time,
      request: (cb) => frames.push(cb),
      cancel: () => undefined,
    });
    seek(store, at);
    play(store);
    frames.shift()!(time - 8);
    expect(store.getState()).toMatchObject({ playing: true, cursor: at });
    time += 100;
    frames.shift()!(time);
    expect(store.getState().playing).toBe(true);
    expect(store.getState().cursor).toBeGreaterThan(at);
  });

  it('pause playing at an unanswered question, and play past it once revealed', () => {
    const store = storeFor(preset('basic'));
    const { stops } = store.getState().scenario;
    const question = stops.findIndex((s) => s.ask !== undefined);
    expect(question).toBeGreaterThanOrEqual(0);
    let time = 0;
    const frames: ((t: number) => void)[] = [];
    const clock: Clock = {
      now: () => time,
      request: (cb) => frames.push(cb),
      cancel: () => undefined,
    };
    attachLoop(store, clock);
    store.setState({ speed: 8 });
    play(store);
    while (frames.length > 0 && store.getState().playing) {
      time += 50;
      frames.shift()!(time);
    }
    expect(store.getState().cursor).toBe(stops[question]!.at);
    expect(questionBetween(stops, 0, 100, store.getState().revealed)?.index).toBe(question);
    reveal(store, question);
    expect(questionBetween(stops, 0, 100, store.getState().revealed)).toBeNull();
    play(store);
    while (frames.length > 0 && store.getState().playing) {
      time += 50;
      frames.shift()!(time);
    }
    expect(store.getState().cursor).toBe(store.getState().trace.end);
  });
});
