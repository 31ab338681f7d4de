import { describe, expect, it } from 'vitest';
import type { InFlightShape } from './messagesNear';
import { messagesNear } from './messagesNear';

// Three arrows fanning out from a sender at (100, 100) to receivers 100 px apart.
const fan: InFlightShape[] = [200, 300, 400].map((toX, i) => ({
  id: i + 1,
  packet: { x: 100 + (toX - 100) * 0.5, y: 150 },
  line: { x1: 100, y1: 100, x2: toX, y2: 200 },
}));

describe('messagesNear', () => {
  it('a packet within reach is the one meant, even where lines cross it', () => {
    const crossing: InFlightShape = {
      id: 9,
      packet: { x: 0, y: 0 },
      line: { x1: 150, y1: 100, x2: 150, y2: 200 },
    };
    expect(messagesNear(150, 151, [...fan, crossing])).toEqual([1]);
  });

  it('packets on top of each other are all offered, nearest first', () => {
    const twins: InFlightShape[] = [
      { id: 4, packet: { x: 50, y: 50 }, line: { x1: 0, y1: 0, x2: 100, y2: 100 } },
      { id: 5, packet: { x: 53, y: 50 }, line: { x1: 0, y1: 0, x2: 106, y2: 100 } },
    ];
    expect(messagesNear(53, 50, twins)).toEqual([5, 4]);
  });

  it('near the sender every arrow of the fan is in reach; far along only one', () => {
    expect(messagesNear(102, 103, fan)).toEqual([1, 2, 3]);
    expect(messagesNear(390, 190, fan)).toEqual([3]);
  });

  it('nothing is in reach away from every packet and line', () => {
    expect(messagesNear(100, 300, fan)).toEqual([]);
  });
});
