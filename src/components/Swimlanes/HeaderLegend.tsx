import type { ReactNode } from 'react';
import { memo, useMemo } from 'react';
import type { MessageKey } from '../../i18n';
import {
  barPath,
  CRASH_CROSS_HALF,
  crossPath,
  LOST_BAR_HALF,
  RESTART_RADIUS,
  ringArcPath,
} from '../../layout';
import { usePaxos } from '../../store';
import type { Trace } from '../../trace';
import { faultsUpTo } from '../../trace';
import { useT } from '../useT';

type Mark = 'crash' | 'restart' | 'lost' | 'partition' | 'heal';

/** The compact notation's tokens, each with what it stands for (store/nodeViews.ts `short`). */
const TOKENS: [string, MessageKey][] = [
  ['p3', 'legend.promised'],
  ['X@1', 'legend.accepted'],
  ['b2', 'legend.ballot'],
  ['1/2', 'legend.count'],
  ['✓X', 'legend.done'],
  ['…', 'legend.waiting'],
  ['–', 'legend.nothing'],
];

/** Multi-Paxos's compact notation (store/multiNodeViews.ts `short`): its leader, slots and log. */
const MULTI_TOKENS: [string, MessageKey][] = [
  ['★b2', 'legend.multi.leader'],
  ['→3', 'legend.multi.nextSlot'],
  ['→P1', 'legend.multi.follows'],
  ['b2', 'legend.ballot'],
  ['1/2', 'legend.count'],
  ['p3', 'legend.promised'],
  ['#2', 'legend.multi.slots'],
  ['≤3', 'legend.multi.applied'],
  ['#2…', 'legend.multi.waiting'],
  ['#2✓X', 'legend.multi.answered'],
  ['–', 'legend.nothing'],
];

const MARK_TEXT: Record<Mark, MessageKey> = {
  crash: 'legend.crash',
  restart: 'legend.restart',
  lost: 'legend.lost',
  partition: 'legend.partition',
  heal: 'legend.heal',
};

/** The marks this run draws somewhere, in a fixed order: the key need not change as it plays. */
function marksOf(trace: Trace): Mark[] {
  const kinds = new Set<Mark>(faultsUpTo(trace, trace.steps.length).marks.map((m) => m.kind));
  if (trace.messages.some((m) => m.fate === 'dropped')) kinds.add('lost');
  return (['crash', 'restart', 'lost', 'partition', 'heal'] as const).filter((k) => kinds.has(k));
}

/** The same shapes the diagram draws (layout/marks.ts), at the legend's size. */
function MarkIcon({ mark }: { mark: Mark }) {
  const c = 10;
  let shape: ReactNode;
  if (mark === 'crash') shape = <path d={crossPath(c, c, CRASH_CROSS_HALF)} />;
  else if (mark === 'restart') shape = <circle cx={c} cy={c} r={RESTART_RADIUS} />;
  else if (mark === 'lost')
    shape = (
      <>
        <line className="px-legend__line" x1={0} y1={c} x2={c + 4} y2={c} />
        <path d={barPath(0, c, c + 4, c, LOST_BAR_HALF)} />
      </>
    );
  else shape = <line x1={1} y1={c} x2={19} y2={c} />;
  return (
    <svg
      viewBox="0 0 20 20"
      className={`px-legend__icon px-fault--${mark}`}
      data-shape={mark === 'crash' ? 'cross' : mark === 'lost' ? 'bar' : mark}
      aria-hidden="true"
    >
      {shape}
    </svg>
  );
}

/**
 * A key that is always on screen, beside or below the headers: a projector and a phone have no
 * hover.
 * It explains the compact notation where lanes are too narrow for words, the countdown ring,
 * that colour means ballot, and the marks this run draws.
 */
export const HeaderLegend = memo(function HeaderLegend({
  compact,
  aside,
}: {
  compact: boolean;
  /** Where the key sits over the label gutter, or null for a row below the headers. */
  aside: { left: number; width: number } | null;
}) {
  const tr = useT();
  const trace = usePaxos((s) => s.trace);
  const marks = useMemo(() => marksOf(trace), [trace]);
  const proposers = trace.scenario.nodes.proposers > 0;
  const tokens = trace.scenario.protocol === 'multi-paxos' ? MULTI_TOKENS : TOKENS;
  return (
    <ul
      className={`px-legend${aside === null ? '' : ' px-legend--aside'}`}
      style={aside ?? undefined}
      data-legend
      aria-label={tr('legend.label')}
    >
      {compact
        ? tokens.map(([token, key]) => (
            <li key={token} className="px-legend__entry" data-legend-entry={token}>
              <span className="px-legend__token">{token}</span> {tr(key)}
            </li>
          ))
        : null}
      {proposers ? (
        <>
          <li className="px-legend__entry" data-legend-entry="countdown">
            <svg
              viewBox="0 0 20 20"
              className="px-legend__icon px-countdown__ring"
              aria-hidden="true"
            >
              <circle className="px-countdown__track" cx={10} cy={10} r={7.5} />
              <path className="px-countdown__arc" d={ringArcPath(10, 10, 7.5, 0.7)} />
            </svg>
            {tr('legend.countdown')}
          </li>
          <li className="px-legend__entry" data-legend-entry="colour">
            {[1, 2, 3].map((b) => (
              <span key={b} className={`px-legend__swatch px-ballot--${b - 1}`}>
                {b}
              </span>
            ))}
            {tr('legend.colour')}
          </li>
        </>
      ) : null}
      {compact && marks.includes('partition') ? (
        <li className="px-legend__entry" data-legend-entry="s2">
          <span className="px-legend__token">s2</span> {tr('legend.side')}
        </li>
      ) : null}
      {marks.map((mark) => (
        <li key={mark} className="px-legend__entry" data-legend-entry={mark}>
          <MarkIcon mark={mark} />
          {tr(MARK_TEXT[mark])}
        </li>
      ))}
    </ul>
  );
});
