import type { Role } from '../engine';
import type { LaneLayout, TimeView } from '../layout';
import { colourKey, laneLayout, stackLabels, timeScale } from '../layout';
import { faultsUpTo, groupLabelAt, laneNodes, messagesBetween, timeIndex } from '../trace';
import type { Trace } from '../trace';
import type { Y } from './svg-layers';
import { arrows, faultMarks, grid, laneLines } from './svg-layers';
import { arrowMarkers, COLOUR, colourOf, FONT_MONO, FONT_SANS, textWidth } from './svg-style';
import { element, textElement } from './xml';

export interface SvgOptions {
  /** The ticks to draw, the whole run by default. */
  from?: number;
  to?: number;
  /** Width of the lanes and gutter in pixels; the file grows wider when a label needs room. */
  width?: number;
  pxPerTick?: number;
  /** Role titles over the lanes, in the reader's language (English by default). */
  roleTitles?: Record<Role, string>;
  /** A line above the diagram, such as the scenario's title. */
  caption?: string;
}

const ROLE_TITLES: Record<Role, string> = {
  client: 'Client',
  proposer: 'Proposer',
  acceptor: 'Acceptor',
  learner: 'Learner',
};

/** Room above the first tick and below the last, in ticks, as the live view opens a run. */
const MARGIN_TICKS = 0.6;
const PX_PER_TICK = 44;
/** About this many pixels per lane by default, plus the label gutter. */
const LANE_PX = 96;
const GUTTER_PX = 260;
const PAD_PX = 12;
const CAPTION_PX = 30;
const CAPTION_FONT_PX = 16;
const HEADER_PX = 52;
const LABEL_PX = 20;
const LABEL_FONT_PX = 13;
/** Where a label's colour bar and its text start, from the gutter's left edge. */
const LABEL_BAR_X = 7;
const LABEL_TEXT_X = 17;

/**
 * The run as a standalone SVG document, drawn with the swimlanes' rules: one column per node
 * grouped by role, time running down with tick numbers, one arrow per message (replies dashed,
 * Nacks dotted, lost messages stopping short with a cross, copies beside their original), lanes
 * broken while their node is down, and the classic labels in a gutter on the right. Every text
 * in it, values included, is escaped: the file is safe to open and to embed.
 */
export function svgDiagram(trace: Trace, options: SvgOptions = {}): string {
  const from = Math.max(0, Math.min(options.from ?? 0, trace.end));
  const to = Math.max(from, Math.min(options.to ?? trace.end, trace.end));
  const nodes = laneNodes(trace.scenario.nodes);
  const lanes = laneLayout(nodes, options.width ?? (nodes.length + 1.5) * LANE_PX + GUTTER_PX);
  const view: TimeView = {
    start: from - MARGIN_TICKS,
    pxPerTick: options.pxPerTick ?? PX_PER_TICK,
  };
  const height = (to - from + 2 * MARGIN_TICKS) * view.pxPerTick;
  const y = timeScale(view, height);
  const [first, last] = y.domain() as [number, number];
  const ids = messagesBetween(trace, timeIndex(trace), first, last);
  const caption = options.caption ?? '';
  const top = (caption === '' ? 0 : CAPTION_PX) + HEADER_PX;
  const labels = gutterLabels(trace, ids, lanes, y, height);
  const captionRight = PAD_PX + textWidth(caption, CAPTION_FONT_PX) + PAD_PX;
  const width = Math.ceil(Math.max(lanes.width, labels.right + PAD_PX, captionRight));
  const fullHeight = Math.ceil(top + Math.max(height, labels.bottom) + PAD_PX);
  const faults = faultsUpTo(trace, trace.steps.length);
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height: fullHeight,
      viewBox: `0 0 ${width} ${fullHeight}`,
      'font-family': FONT_SANS,
    },
    textElement('title', {}, caption === '' ? 'Paxos message diagram' : caption),
    element('rect', { width: '100%', height: '100%', fill: COLOUR.surface }),
    element(
      'defs',
      {},
      arrowMarkers(),
      element('clipPath', { id: 'px-diagram' }, element('rect', { width, height })),
    ),
    caption === ''
      ? ''
      : textElement(
          'text',
          { x: PAD_PX, y: 21, 'font-size': CAPTION_FONT_PX, 'font-weight': 700, fill: COLOUR.fg },
          caption,
        ),
    header(lanes, options.roleTitles ?? ROLE_TITLES, top - HEADER_PX, width),
    element(
      'g',
      { transform: `translate(0,${top})` },
      element(
        'g',
        { 'clip-path': 'url(#px-diagram)' },
        grid(lanes, view, height, y),
        laneLines(lanes, faults.downtimes, y, height),
        faultMarks(lanes, faults.marks, y),
        arrows(trace, ids, lanes, y),
      ),
      labels.markup,
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** Role titles over their lanes (using the half-lane gaps either side), then each node's id. */
function header(lanes: LaneLayout, titles: Record<Role, string>, top: number, width: number) {
  const roles = lanes.groups.map((g) => {
    const x0 = Math.max(0, g.x0 - lanes.laneWidth / 4 + 4);
    const x1 = Math.min(lanes.gutterX, g.x1 + lanes.laneWidth / 4 - 4);
    return element(
      'g',
      {},
      textElement(
        'text',
        { x: (x0 + x1) / 2, y: top + 18, 'text-anchor': 'middle', 'font-weight': 700 },
        titles[g.role],
      ),
      element('line', { x1: x0, x2: x1, y1: top + 24, y2: top + 24, stroke: COLOUR.line }),
    );
  });
  const ids = lanes.lanes.map((lane) =>
    textElement('text', { x: lane.x, y: top + 43, 'text-anchor': 'middle' }, lane.id),
  );
  const bottom = top + HEADER_PX - 0.5;
  return element(
    'g',
    { 'font-size': 13.5 },
    element('g', { fill: COLOUR.muted, 'stroke-width': 2 }, ...roles),
    element('g', { fill: COLOUR.fg, 'font-family': FONT_MONO, 'font-weight': 700 }, ...ids),
    element('line', { x1: 0, x2: width, y1: bottom, y2: bottom, stroke: COLOUR.line }),
  );
}

/**
 * The classic labels in the gutter, level with their arrows and pushed down just enough never
 * to overlap; a label whose arrows leave the window stays at its edge. Also returns how far
 * right and down they reach, so the document makes room for them.
 */
function gutterLabels(trace: Trace, ids: number[], lanes: LaneLayout, y: Y, height: number) {
  const indexes = [...new Set(ids.map((id) => trace.messages[id]!.group))];
  const groups = indexes.flatMap((index) => groupLabelAt(trace, index, trace.steps.length) ?? []);
  const wanted = (middle: number) =>
    Math.max(LABEL_PX / 2, Math.min(height - LABEL_PX / 2, y(middle)));
  const placed = stackLabels(
    groups.map((g) => ({ key: String(g.index), y: wanted(g.middle), height: LABEL_PX })),
  );
  let right = 0;
  let bottom = 0;
  const drawn = groups.map((g) => {
    const middle = placed.get(String(g.index))!;
    right = Math.max(right, lanes.gutterX + LABEL_TEXT_X + textWidth(g.text, LABEL_FONT_PX));
    bottom = Math.max(bottom, middle + LABEL_PX / 2);
    return element(
      'g',
      { 'data-label': g.type },
      element('rect', {
        x: lanes.gutterX + LABEL_BAR_X,
        y: middle - LABEL_PX / 2,
        width: 4,
        height: LABEL_PX,
        fill: colourOf(colourKey(trace.messages[g.ids[0]!]!)),
      }),
      textElement('text', { x: lanes.gutterX + LABEL_TEXT_X, y: middle + 4.5 }, g.text),
    );
  });
  const style = { 'font-family': FONT_MONO, 'font-size': LABEL_FONT_PX, fill: COLOUR.fg };
  return { markup: element('g', style, ...drawn), right, bottom };
}
