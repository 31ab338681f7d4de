import type { ArrowGeometry, LaneLayout, TimeView } from '../layout';
import {
  arrowWidth,
  barPath,
  colourKey,
  CRASH_CROSS_HALF,
  crossPath,
  LOST_BAR_HALF,
  lostBarWidth,
  outcomeAlpha,
  pathAlpha,
  RESTART_RADIUS,
  visibleTicks,
} from '../layout';
import { messageArrow, messageLabel } from '../trace';
import type { Downtime, FaultMark, Trace } from '../trace';
import { COLOUR, colourOf, FONT_MONO, markerId, strokeOf } from './svg-style';
import { element, textElement } from './xml';

/**
 * The layers of the SVG diagram under its labels, in drawing order: the tick grid, the lanes,
 * the fault marks and the arrows. Each draws what its counterpart in components/Swimlanes draws
 * for the whole run, with the same geometry and literal colours.
 */

/** Tick time to y, in the diagram's coordinates. */
export type Y = (tick: number) => number;

/** A light line and a number for each tick, thinned as the live view thins them. */
export function grid(lanes: LaneLayout, view: TimeView, height: number, y: Y): string {
  const ticks = visibleTicks(view, height).map((t) =>
    element(
      'g',
      {},
      element('line', { x1: 0, x2: lanes.gutterX, y1: y(t), y2: y(t) }),
      textElement('text', { x: 3, y: y(t) - 3, stroke: 'none' }, String(t)),
    ),
  );
  const style = {
    stroke: COLOUR.grid,
    fill: COLOUR.muted,
    'font-size': 9,
    'font-family': FONT_MONO,
  };
  return element('g', style, ...ticks);
}

/** Each lane as the stretches its node was up: a node's lane is broken while it is down. */
export function laneLines(lanes: LaneLayout, downtimes: Downtime[], y: Y, height: number): string {
  const within = (v: number) => Math.max(0, Math.min(height, v));
  const lines = lanes.lanes.flatMap((lane) => {
    const spans: [number, number][] = [];
    let start = 0;
    for (const d of downtimes.filter((d) => d.node === lane.id)) {
      const down = within(y(d.from));
      if (down > start) spans.push([start, down]);
      start = Math.max(start, d.to === null ? height : within(y(d.to)));
    }
    if (start < height) spans.push([start, height]);
    return spans.map(([y1, y2]) => element('line', { x1: lane.x, x2: lane.x, y1, y2 }));
  });
  return element('g', { stroke: COLOUR.lane, 'stroke-width': 1.7 }, ...lines);
}

/** ✕ where a node crashed, a ring where it restarted, a dashed line across for a partition or heal. */
export function faultMarks(lanes: LaneLayout, marks: FaultMark[], y: Y): string {
  const drawn = marks.map((mark) => {
    const at = y(mark.at);
    if (mark.node === null)
      return element('line', {
        x1: 0,
        x2: lanes.gutterX,
        y1: at,
        y2: at,
        stroke: mark.kind === 'heal' ? COLOUR.accent : COLOUR.danger,
        'stroke-width': 1.5,
        'stroke-dasharray': '6 4',
        'data-fault': mark.kind,
      });
    const x = lanes.x.get(mark.node)!;
    return mark.kind === 'crash'
      ? element('path', {
          d: crossPath(x, at, CRASH_CROSS_HALF),
          stroke: COLOUR.danger,
          'stroke-width': 3,
          'stroke-linecap': 'round',
          'data-fault': mark.kind,
        })
      : element('circle', {
          cx: x,
          cy: at,
          r: RESTART_RADIUS,
          fill: COLOUR.surface,
          stroke: COLOUR.accent,
          'stroke-width': 2.5,
          'data-fault': mark.kind,
        });
  });
  return element('g', {}, ...drawn);
}

/** An SVG file is read at its own scale: the base stroke in pixels, about the screen's 0.13rem. */
const BASE_WIDTH = 1.9;

/** Widths written to one decimal: the eye cannot tell more, and the file stays short. */
const tenths = (v: number): number => Math.round(v * 10) / 10;

/**
 * One arrow per message in its ballot's colour, as it ended: delivered with a head, lost with a
 * bar across where it stopped (the rest of its way faint, as on screen), or still in flight.
 * Dashes, widths and opacities are layout/arrowStyle.ts's, as on the canvas.
 */
export function arrows(trace: Trace, ids: number[], lanes: LaneLayout, y: Y): string {
  const drawn = ids.map((id) => {
    const m = trace.messages[id]!;
    const g = messageArrow(m, m.fate, lanes.x, y, trace.end);
    const key = colourKey(m);
    const colour = colourOf(key);
    const look = {
      type: m.type,
      copy: m.copyOf !== null,
      emphasis: 'none',
      hovered: false,
    } as const;
    const stroke = (at: ArrowGeometry, opacity: number | null, marker: string | null) =>
      element('line', {
        x1: at.x1,
        y1: at.y1,
        x2: at.x2,
        y2: at.y2,
        stroke: colour,
        'stroke-width': tenths(arrowWidth(look, BASE_WIDTH)),
        ...strokeOf(m.type),
        opacity,
        'marker-end': marker,
      });
    const way =
      m.fate === 'dropped'
        ? stroke(messageArrow(m, 'in-flight', lanes.x, y, trace.end), pathAlpha(look), null)
        : '';
    const line = stroke(
      g,
      m.fate === 'in-flight'
        ? pathAlpha(look)
        : m.fate === 'dropped'
          ? outcomeAlpha(look, m.fate)
          : null,
      m.fate === 'delivered' ? `url(#${markerId(key)})` : null,
    );
    const end =
      m.fate === 'dropped'
        ? element('path', {
            d: barPath(g.x1, g.y1, g.x2, g.y2, LOST_BAR_HALF),
            stroke: COLOUR.danger,
            'stroke-width': tenths(lostBarWidth(BASE_WIDTH)),
            'stroke-linecap': 'round',
          })
        : m.fate === 'in-flight'
          ? element('circle', {
              cx: g.headX,
              cy: g.headY,
              r: 4.5,
              fill: colour,
              stroke: COLOUR.surface,
              'stroke-width': 2,
            })
          : '';
    const about = { 'data-id': m.id, 'data-message': m.type, 'data-fate': m.fate };
    const title = textElement('title', {}, `${messageLabel(m)} ${m.from}→${m.to}`);
    return element('g', { class: 'px-arrow', ...about }, title, way, line, end);
  });
  return element('g', {}, ...drawn);
}
