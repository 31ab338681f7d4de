import type { MessageType } from '../engine';
import { MESSAGE_TYPES } from '../engine';
import { ARROW_HEAD } from '../layout';
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

/** Okabe–Ito: phase 1 blue, phase 2 vermillion, answers green, refusals purple. */
export const MESSAGE_COLOUR: Record<MessageType, string> = {
  Request: '#4d4d4d',
  Prepare: '#0072b2',
  Promise: '#0072b2',
  Accept: '#d55e00',
  Accepted: '#d55e00',
  Nack: '#a8558a',
  Response: '#007a5a',
};

/** Generic families last: the file is opened on machines with other fonts than ours. */
export const FONT_SANS = 'system-ui, Segoe UI, Noto Sans, DejaVu Sans, sans-serif';
export const FONT_MONO =
  'ui-monospace, SFMono-Regular, Menlo, Consolas, DejaVu Sans Mono, monospace';

/** Requests solid, replies dashed, refusals dotted (as in swimlanes.css). */
export function strokeOf(type: MessageType): {
  'stroke-dasharray'?: string;
  'stroke-linecap'?: string;
} {
  if (type === 'Promise' || type === 'Accepted' || type === 'Response')
    return { 'stroke-dasharray': '7 4' };
  if (type === 'Nack') return { 'stroke-dasharray': '2 4', 'stroke-linecap': 'round' };
  return {};
}

export const markerId = (type: MessageType): string => `px-head-${type}`;

/**
 * One arrowhead per message kind, coloured like its arrows: the shape of layout's ARROW_HEAD,
 * which the canvas (drawArrows.ts) draws too.
 */
export function arrowMarkers(): string {
  return MESSAGE_TYPES.map((type) =>
    element(
      'marker',
      {
        id: markerId(type),
        viewBox: ARROW_HEAD.viewBox,
        refX: ARROW_HEAD.refX,
        refY: ARROW_HEAD.refY,
        markerWidth: ARROW_HEAD.size,
        markerHeight: ARROW_HEAD.size,
        orient: 'auto-start-reverse',
      },
      element('path', { d: ARROW_HEAD.path, fill: MESSAGE_COLOUR[type] }),
    ),
  ).join('\n');
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
