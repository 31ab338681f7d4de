import { ballotColour, colouringBallot } from './marks';

/**
 * The look of an arrow, in one place: its dashes, its ends, how wide and how opaque it is for
 * what became of it and how much it stands out. The canvas that paints the live diagram
 * (src/paint) and the SVG export (export/svg-layers.ts) both read it, so a downloaded picture
 * and the screen cannot drift apart. Colours are not here: the screen resolves them from the
 * theme's CSS variables, the export writes the light theme's literal values (export/svg-style.ts).
 */

/** What decides an arrow's look, besides where it runs. */
export interface ArrowLook {
  type: string;
  copy: boolean;
  emphasis: 'none' | 'related' | 'selected' | 'dimmed';
  hovered: boolean;
}

/** Replies are dashed, a refusal dotted, requests solid: colour is never the only cue. */
const DASH: Readonly<Record<string, readonly number[]>> = {
  Promise: [7, 4],
  Accepted: [7, 4],
  Response: [7, 4],
  Nack: [2, 4],
};

const SOLID: readonly number[] = [];

/** The dash pattern of a message type's line, in stroke-dasharray's terms (empty is solid). */
export function arrowDash(type: string): readonly number[] {
  return DASH[type] ?? SOLID;
}

/** A Nack's dots are round; every other line ends square at its end point. */
export function arrowCap(type: string): 'round' | 'butt' {
  return type === 'Nack' ? 'round' : 'butt';
}

/** A duplicate's line is thinner than the original's, so a copy reads as a copy. */
const COPY_WIDTH = 0.62;

/** How much wider than the base stroke an arrow is drawn. */
export function arrowWidth(look: ArrowLook, base: number): number {
  const factor =
    look.emphasis === 'selected' ? 2 : look.emphasis === 'related' ? 1.4 : look.hovered ? 1.7 : 1;
  return base * (look.copy ? COPY_WIDTH : 1) * factor;
}

/** The bar where a lost message stopped is a little heavier than a line, to be seen at once. */
export function lostBarWidth(base: number): number {
  return base * 1.6;
}

/** How opaque a message's faint path is: a forecast of where it will end while it flies. */
export function pathAlpha(look: ArrowLook): number {
  return look.emphasis === 'dimmed' ? 0.06 : 0.35;
}

/** How opaque an arrow is once it arrived (fully) or was lost (less: it never got there). */
export function outcomeAlpha(look: ArrowLook, fate: 'delivered' | 'dropped'): number {
  if (look.emphasis === 'dimmed') return 0.16;
  return fate === 'dropped' ? 0.55 : 1;
}

/** How opaque the bar of a lost message is: as strong as a mark, unless the arrow is dimmed. */
export function lostBarAlpha(look: ArrowLook): number {
  return look.emphasis === 'dimmed' ? 0.16 : 1;
}

/** A message's colour key: the colour of the ballot its label names (`ballot-2`), else its kind. */
export function colourKey(m: Parameters<typeof colouringBallot>[0]): string {
  const ballot = colouringBallot(m);
  return ballot === null ? m.type : `ballot-${ballotColour(ballot)}`;
}
