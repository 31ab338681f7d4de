import { describe, expect, it } from 'vitest';
import { placeTitles } from './titles';

describe('role titles on a line', () => {
  it('leaves titles that fit over their lanes where they are', () => {
    const titles = [
      { centre: 50, width: 40 },
      { centre: 150, width: 60 },
    ];
    expect(placeTitles(titles, 300, 4)).toEqual([50, 150]);
  });

  it('moves a title off the line’s start and its neighbour out of its way', () => {
    // `Client` over a 26 px lane at the left edge, `Proposer` over the next one.
    const centres = placeTitles(
      [
        { centre: 13, width: 34 },
        { centre: 52, width: 46 },
        { centre: 118, width: 46 },
      ],
      220,
      6,
    );
    expect(centres[0]).toBe(17);
    expect(centres[1]).toBe(63);
    expect(centres[2]).toBe(118);
  });

  it('keeps titles on the line at its end, pushing earlier ones left', () => {
    const centres = placeTitles(
      [
        { centre: 160, width: 40 },
        { centre: 190, width: 40 },
      ],
      200,
      4,
    );
    expect(centres).toEqual([136, 180]);
  });
});
