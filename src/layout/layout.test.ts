import { describe, expect, it } from 'vitest';
import { arrowAt } from './arrows';
import { foldLabels, stackLabels } from './stackLabels';
import { laneLayout } from './lanes';
import { fitView, followTime, initialView, timeScale, visibleTicks } from './time';

const seedNodes = [
  { id: 'C1', role: 'client' as const },
  { id: 'P1', role: 'proposer' as const },
  { id: 'A1', role: 'acceptor' as const },
  { id: 'A2', role: 'acceptor' as const },
  { id: 'A3', role: 'acceptor' as const },
  { id: 'L1', role: 'learner' as const },
  { id: 'L2', role: 'learner' as const },
];

describe('lanes', () => {
  it('orders columns by role with wider gaps between roles and a label gutter on the right', () => {
    const layout = laneLayout(seedNodes, 1000);
    const xs = layout.lanes.map((l) => l.x);
    expect(layout.lanes.map((l) => l.id)).toEqual(['C1', 'P1', 'A1', 'A2', 'A3', 'L1', 'L2']);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const within = xs[3]! - xs[2]!;
    expect(xs[2]! - xs[1]!).toBeCloseTo(within * 1.5);
    expect(xs.at(-1)!).toBeLessThan(layout.gutterX);
    expect(layout.gutterX + layout.gutterWidth).toBe(1000);
    expect(layout.groups.map((g) => g.role)).toEqual(['client', 'proposer', 'acceptor', 'learner']);
  });

  it('keeps a usable gutter on a phone and a bounded one on a projector', () => {
    expect(laneLayout(seedNodes, 360).gutterWidth).toBe(92);
    expect(laneLayout(seedNodes, 3840, 15.5).gutterWidth).toBe(279);
  });

  it('keeps room for the cursor mark after the last lane, closing lanes up only where half a lane is too little', () => {
    const phone = laneLayout(seedNodes, 276, 16, 30);
    expect(phone.gutterX - phone.lanes.at(-1)!.x).toBeCloseTo(30);
    expect(phone.laneWidth).toBeLessThan(laneLayout(seedNodes, 276).laneWidth);
    expect(laneLayout(seedNodes, 1280, 16, 30)).toEqual(laneLayout(seedNodes, 1280));
  });

  it('widens the gutter with the type, so large labels still fit', () => {
    expect(laneLayout(seedNodes, 1920, 15.5).gutterWidth).toBe(279);
    expect(laneLayout(seedNodes, 1920, 28).gutterWidth).toBe(461);
  });
});

describe('time axis', () => {
  it('fits a short run whole and shows about a dozen ticks of a long one', () => {
    const short = initialView(6, 600);
    expect(timeScale(short, 600)(6)).toBeLessThan(600);
    expect(timeScale(short, 600)(0)).toBeGreaterThan(0);
    const long = initialView(500, 600);
    expect(600 / long.pxPerTick).toBeCloseTo(13.5, 0);
  });

  it('turns a page when playing reaches the bottom, and stays still while the cursor is on screen', () => {
    const view = { start: 0, pxPerTick: 50 };
    expect(followTime(view, 500, 5, 100)).toBe(view);
    expect(followTime(view, 500, 8.4, 100)).toBe(view);
    // A tick and a half stays free below the cursor for the messages in flight.
    const turned = followTime(view, 500, 8.6, 100);
    expect(turned.start).toBeCloseTo(7.6);
    expect(followTime(turned, 500, 12, 100)).toBe(turned);
  });

  it('keeps no room below the cursor in a diagram of a few ticks, where it would hide the start', () => {
    // 250 px at 50 px a tick: five ticks in view, as in a narrow embed.
    const view = { start: 0, pxPerTick: 50 };
    expect(followTime(view, 250, 4.7, 100)).toBe(view);
    expect(followTime(view, 250, 4.8, 100).start).toBeCloseTo(4.3);
  });

  it('stops at the end of the run instead of showing empty ticks after it', () => {
    const view = { start: 0, pxPerTick: 50 };
    expect(followTime(view, 500, 16, 16).start).toBeCloseTo(7);
    expect(followTime(view, 500, 9.8, 12).start).toBeCloseTo(3);
  });

  it('moves back to the start when a diagram grows taller than what is left of the run', () => {
    // Scrolled to tick 3 while a question card made the diagram short; now it is 500 px tall.
    const scrolled = { start: 3, pxPerTick: 50 };
    expect(followTime(scrolled, 500, 6, 6).start).toBe(-0.6);
    expect(followTime(scrolled, 500, 6, 20)).toBe(scrolled);
  });

  it('shows what led to a far seek above it, forwards or backwards', () => {
    const view = { start: 0, pxPerTick: 50 };
    expect(followTime(view, 500, 40, 100).start).toBeCloseTo(32.5);
    expect(followTime({ start: 30, pxPerTick: 50 }, 500, 12, 100).start).toBeCloseTo(4.5);
  });

  it('opens a run at a later position with what led there in sight above it', () => {
    const view = { start: 0, pxPerTick: 50 };
    expect(followTime(view, 500, 12, 100, true).start).toBeCloseTo(4.5);
    expect(followTime(view, 500, 5, 100, true)).toBe(view);
  });

  it('fits the whole run: tick 0 near the top, the end near the bottom, both inside', () => {
    const whole = fitView(54, 600);
    const y = timeScale(whole, 600);
    expect(y(0)).toBeCloseTo(16);
    expect(y(54)).toBeCloseTo(584);
    // A six-tick run is not blown up: it keeps a readable zoom, centred on the screen.
    const short = fitView(6, 1000);
    expect(short.pxPerTick).toBe(160);
    expect(timeScale(short, 1000)(3)).toBeCloseTo(500);
  });

  it('keeps the bottom clear for the buttons over it, the run’s end a little above them', () => {
    const whole = fitView(54, 600, 50);
    expect(timeScale(whole, 600)(0)).toBeCloseTo(16);
    expect(timeScale(whole, 600)(54)).toBeCloseTo(534);
  });

  it('fits a run too long for the screen at the smallest zoom from its start', () => {
    const stress = fitView(400, 300);
    expect(stress.pxPerTick).toBe(1);
    expect(timeScale(stress, 300)(0)).toBeCloseTo(16);
  });

  it('thins tick labels when zoomed out', () => {
    expect(visibleTicks({ start: 0, pxPerTick: 60 }, 300)).toEqual([0, 1, 2, 3, 4, 5]);
    const dense = visibleTicks({ start: 0, pxPerTick: 5 }, 300);
    expect(dense[1]! - dense[0]!).toBeGreaterThanOrEqual(6);
  });
});

describe('arrows', () => {
  const y = (t: number) => t * 100;
  const base = { fromX: 0, toX: 200, sentAt: 1, arriveAt: 3, lostAt: null, copy: false };

  it('moves the packet with the cursor and ends on the receiver’s lane when delivered', () => {
    expect(arrowAt(base, y, 2, false)).toMatchObject({
      x2: 200,
      y2: 300,
      progress: 0.5,
      headX: 100,
      headY: 200,
    });
    expect(arrowAt(base, y, 9, false).progress).toBe(1);
    expect(arrowAt(base, y, 0, false).progress).toBe(0);
  });

  it('stops a lost message where it was lost, always visibly short of the receiver', () => {
    const midway = arrowAt({ ...base, lostAt: 2 }, y, 3, true);
    expect(midway).toMatchObject({ x2: 100, y2: 200 });
    const onArrival = arrowAt({ ...base, lostAt: 3 }, y, 3, true);
    expect(Math.hypot(200 - onArrival.x2, 300 - onArrival.y2)).toBeCloseTo(16);
  });

  it('draws a copy beside its original', () => {
    expect(arrowAt({ ...base, copy: true }, y, 3, true).x1).toBe(6);
  });
});

describe('labels', () => {
  it('keeps wanted positions and pushes overlapping labels down just enough', () => {
    const placed = stackLabels([
      { key: 'b', y: 105, height: 20 },
      { key: 'a', y: 100, height: 20 },
      { key: 'c', y: 300, height: 20 },
    ]);
    expect(placed.get('a')).toBe(100);
    expect(placed.get('b')).toBe(122);
    expect(placed.get('c')).toBe(300);
  });

  it('keeps labels beside their arrows: a little push, or folded into the label above', () => {
    const requests = [
      { key: 'a', y: 100, height: 20 },
      { key: 'b', y: 110, height: 20 },
      { key: 'c', y: 104, height: 20 },
      { key: 'd', y: 160, height: 20 },
    ];
    const shown = foldLabels(requests, 12);
    // a at 100; c (wants 104) is pushed 18 px, too far: folded into a; b is pushed 12 px.
    expect(shown).toEqual([
      { key: 'a', y: 100, folded: ['c'] },
      { key: 'b', y: 122, folded: [] },
      { key: 'd', y: 160, folded: [] },
    ]);
    // However many crowd in, none is shown further from its arrows than the limit.
    const crowd = Array.from({ length: 40 }, (_, i) => ({ key: String(i), y: i * 3, height: 21 }));
    const wanted = new Map(crowd.map((r) => [r.key, r.y]));
    for (const label of foldLabels(crowd, 12))
      expect(label.y - wanted.get(label.key)!).toBeLessThanOrEqual(12);
    expect(foldLabels(crowd, 12).reduce((n, l) => n + 1 + l.folded.length, 0)).toBe(40);
  });

  it('keeps labels above their floor (the buttons over the gutter), folding the ones below', () => {
    const requests = [
      { key: 'a', y: 100, height: 20, floor: 180 },
      { key: 'b', y: 150, height: 20, floor: 180 },
      { key: 'c', y: 190, height: 20, floor: 180 },
      { key: 'd', y: 260, height: 20, floor: 180 },
    ];
    // c would end at 200, d at 270: below a floor at 180 both fold into b, the last above it.
    expect(foldLabels(requests, 12)).toEqual([
      { key: 'a', y: 100, folded: [] },
      { key: 'b', y: 150, folded: ['c', 'd'] },
    ]);
    // A label whose words end beside the buttons has no floor: it stays beside its arrows.
    expect(foldLabels([...requests.slice(0, 3), { key: 'd', y: 260, height: 20 }], 12)).toEqual([
      { key: 'a', y: 100, folded: [] },
      { key: 'b', y: 150, folded: ['c'] },
      { key: 'd', y: 260, folded: [] },
    ]);
    // One a little below the floor rises above it, as far as a label may drift (here 5 of 12 px).
    expect(
      foldLabels([...requests.slice(0, 2), { key: 'c', y: 185, height: 20, floor: 190 }], 12),
    ).toEqual([
      { key: 'a', y: 100, folded: [] },
      { key: 'b', y: 150, folded: [] },
      { key: 'c', y: 180, folded: [] },
    ]);
    // With nothing above, a label far below the floor is still shown: it has nowhere to go.
    expect(foldLabels([{ key: 'd', y: 260, height: 20, floor: 180 }], 12)).toEqual([
      { key: 'd', y: 248, folded: [] },
    ]);
  });
});
