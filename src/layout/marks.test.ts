import { describe, expect, it } from 'vitest';
import { ballotColour, BALLOT_COLOURS, barPath, colouringBallot, ringArcPath } from './marks';

describe('marks', () => {
  it('gives ballots their colours in turn, two in a row never the same', () => {
    expect([1, 2, 3, 4, 5, 6].map(ballotColour)).toEqual([0, 1, 2, 3, 4, 0]);
    for (let b = 1; b < 40; b++) expect(ballotColour(b)).not.toBe(ballotColour(b + 1));
    for (let b = 1; b < 40; b++) expect(ballotColour(b)).toBeLessThan(BALLOT_COLOURS);
  });

  it('colours a message by the ballot its label names: a Nack by the ballot that refused it', () => {
    expect(colouringBallot({ type: 'Accept', ballot: 2, promised: null })).toBe(2);
    expect(colouringBallot({ type: 'Nack', ballot: 2, promised: 3 })).toBe(3);
    expect(colouringBallot({ type: 'Request', ballot: null, promised: null })).toBeNull();
  });

  it('puts a lost message’s bar square across its line, centred on its end', () => {
    expect(barPath(0, 0, 10, 0, 5)).toBe('M10,-5 L10,5');
    expect(barPath(0, 0, 0, 10, 5)).toBe('M5,10 L-5,10');
  });

  it('draws a countdown ring from twelve o’clock, clockwise, as far as the time left', () => {
    expect(ringArcPath(10, 10, 5, 0)).toBe('');
    expect(ringArcPath(10, 10, 5, 0.25)).toBe('M10,5 A5,5 0 0,1 15,10');
    // Past half way, in two arcs: one arc cannot span more than half a circle with these flags.
    expect(ringArcPath(10, 10, 5, 0.75)).toBe('M10,5 A5,5 0 0,1 10,15 A5,5 0 0,1 5,10');
    expect(ringArcPath(10, 10, 5, 2)).toMatch(/^M10,5 A5,5 0 0,1 10,15 A5,5 0 0,1 /);
  });
});
