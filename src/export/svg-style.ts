import type { MessageType } from '../engine';
import { MESSAGE_TYPES } from '../engine';
import { ARROW_HEAD, arrowCap, arrowDash } from '../layout';
import { element } from './xml';

/**
 * The look of the swimlanes (src/components/styles/theme.css, light theme) as literal values:
 * a downloaded SVG has no stylesheet and no CSS variables, and is read on a light page or paper.
 * A test keeps these equal to the stylesheet's.
 */
export const COLOUR = {
  surface: '#ffffff',
  fg: '#1b1f24',
  muted: '#5a6169',
  line: '#d5d8dc',
  grid: '#eceef0',
  lane: '#8a9199',
  accent: '#0072b2',
  danger: '#b34700',
} as const;

/**
 * The kinds' colours, for messages without a ballot: a request grey, an answer green. A
 * heartbeat always names its ballot, so it always wears the ballot's colour.
 */
export const MESSAGE_COLOUR: Record<Exclude<MessageType, 'Heartbeat'>, string> = {
  Request: '#4d4d4d',
  Prepare: '#0072b2',
  Promise: '#0072b2',
  Accept: '#d55e00',
  Accepted: '#d55e00',
  Nack: '#a8558a',
  Response: '#007a5a',
};

/** The ballots' colours in turn (theme.css `--px-ballot-*`, layout/marks.ts BALLOT_COLOURS). */
export const BALLOT_COLOUR = ['#0072b2', '#d55e00', '#a8558a', '#8a6a00', '#007a5a'] as const;

/** The colour of a key from layout's colourKey, as a literal value. */
export function colourOf(key: string): string {
  const ballot = /^ballot-(\d+)$/.exec(key);
  return ballot === null
    ? MESSAGE_COLOUR[key as keyof typeof MESSAGE_COLOUR]
    : BALLOT_COLOUR[Number(ballot[1])]!;
}

/** Generic families last: the file is opened on machines with other fonts than ours. */
export const FONT_SANS = 'system-ui, Segoe UI, Noto Sans, DejaVu Sans, sans-serif';
export const FONT_MONO =
  'ui-monospace, SFMono-Regular, Menlo, Consolas, DejaVu Sans Mono, monospace';

/** A message type's dashes and line ends as SVG attributes, from layout/arrowStyle.ts. */
export function strokeOf(type: MessageType): {
  'stroke-dasharray'?: string;
  'stroke-linecap'?: string;
} {
  const dash = arrowDash(type);
  const cap = arrowCap(type);
  return {
    ...(dash.length > 0 ? { 'stroke-dasharray': dash.join(' ') } : {}),
    ...(cap === 'round' ? { 'stroke-linecap': cap } : {}),
  };
}

export const markerId = (key: string): string => `px-head-${key}`;

/**
 * One arrowhead per colour an arrow can take (each ballot's, each kind's), coloured like it: the
 * shape of layout's ARROW_HEAD, which the canvas (paint/drawArrows.ts) draws too.
 */
export function arrowMarkers(): string {
  const keys = [...MESSAGE_TYPES, ...BALLOT_COLOUR.map((_, i) => `ballot-${i}`)];
  return keys
    .map((key) =>
      element(
        'marker',
        {
          id: markerId(key),
          viewBox: ARROW_HEAD.viewBox,
          refX: ARROW_HEAD.refX,
          refY: ARROW_HEAD.refY,
          markerWidth: ARROW_HEAD.size,
          markerHeight: ARROW_HEAD.size,
          orient: 'auto-start-reverse',
        },
        element('path', { d: ARROW_HEAD.path, fill: colourOf(key) }),
      ),
    )
    .join('\n');
}

/**
 * About how wide a text is, without a font at hand: monospace and Latin text take 0.6 em per
 * character, wide (CJK, emoji) ones 1 em. Used to give labels and titles room, not to align.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text) ems += c.codePointAt(0)! >= 0x1100 ? 1 : 0.6;
  return ems * fontSize;
}
