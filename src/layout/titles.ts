/** A title to place on a line: where it would like its centre, and how wide it is, in px. */
export interface TitleRequest {
  centre: number;
  width: number;
}

/**
 * Where each title's centre goes on a line `total` px long, titles in order along it: as near
 * its wish as it can be while no two titles come closer than `gap` and none leaves the line. A
 * role of one narrow lane keeps its title readable this way: the word spills over its
 * neighbours' lanes where their own titles leave room, instead of shrinking to fit its lane.
 * Titles too wide for the line together keep their order and overlap at its right end.
 */
export function placeTitles(titles: TitleRequest[], total: number, gap: number): number[] {
  const lefts = titles.map((t) => t.centre - t.width / 2);
  // Pushed right off the line's start and off each title before it...
  for (let i = 0; i < titles.length; i++) {
    const after = i === 0 ? 0 : lefts[i - 1]! + titles[i - 1]!.width + gap;
    lefts[i] = Math.max(lefts[i]!, after);
  }
  // ...then back left off the line's end and off each title after it, but never off its start.
  for (let i = titles.length - 1; i >= 0; i--) {
    const before = i === titles.length - 1 ? total : lefts[i + 1]! - gap;
    lefts[i] = Math.max(0, Math.min(lefts[i]!, before - titles[i]!.width));
  }
  return lefts.map((left, i) => left + titles[i]!.width / 2);
}
