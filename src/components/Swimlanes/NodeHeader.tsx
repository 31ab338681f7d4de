import { memo } from 'react';
import type { CSSProperties } from 'react';
import type { NodeView } from '../../store';
import { useT } from '../useT';
import { ballotClass } from './ballotClass';
import { Countdown, countdownText } from './Countdown';

/**
 * How many characters a compact token shows (the bidi marks around a value take no room): its
 * type shrinks to fit its lane by that count (styles/swimlanes.css), never cut off.
 */
function charsOf(text: string): CSSProperties {
  return { '--chars': [...text.replace(/[\u2066-\u2069]/g, '')].length } as CSSProperties;
}

/**
 * A node's whole state in words, as its button or its line in the node list says it. Like the
 * header it says first that a node is down (its state is only what it held when it crashed, so
 * a crashed leader is not heard as the leader) and which side of a partition it is on.
 */
export function spokenOf(view: NodeView, tr: ReturnType<typeof useT>): string {
  const state = view.lines.map((line) => tr(line.key, line.params)).join(' · ');
  const countdown = view.countdown === null ? null : countdownText(view.countdown);
  const said = countdown === null ? state : `${state} · ${tr(countdown.key, countdown.params)}`;
  const where = view.side === null ? said : `${tr('node.side', { side: view.side })} · ${said}`;
  return `${view.id}: ${view.up ? where : tr('node.downWas', { state: where })}`;
}

interface Props {
  view: NodeView;
  x: number;
  width: number;
  /** Too narrow for words: the compact notation, which the legend below the headers explains. */
  compact: boolean;
  /** Whether the header is a button of its own; lanes too narrow for a finger share the node list. */
  pressable: boolean;
  menuOpen: boolean;
  onOpenMenu(id: string): void;
}

/** Every step makes new views; a header whose node did not change need not be drawn again. */
function sameView(a: NodeView, b: NodeView): boolean {
  return (
    a.id === b.id &&
    a.up === b.up &&
    a.side === b.side &&
    a.timer === b.timer &&
    a.ballot === b.ballot &&
    a.countdown?.kind === b.countdown?.kind &&
    a.countdown?.left === b.countdown?.left &&
    a.countdown?.total === b.countdown?.total &&
    a.short.join('\n') === b.short.join('\n') &&
    JSON.stringify(a.lines) === JSON.stringify(b.lines)
  );
}

/**
 * A node's live state at the cursor: an acceptor's promise and accepted proposal, a proposer's
 * phase and counts, a learner's learned value, a client's answer. A crashed node is visibly
 * down; during a partition each node shows its side. A proposer wears its ballot's colour (the
 * colour of that ballot's messages) and shows its pending timer as a countdown.
 */
export const NodeHeader = memo(
  function NodeHeader({ view, x, width, compact, pressable, menuOpen, onOpenMenu }: Props) {
    const tr = useT();
    const state = view.lines.map((line) => tr(line.key, line.params)).join(' · ');
    const spoken = spokenOf(view, tr);
    return (
      <div
        className={`px-node px-role--${view.role}${compact ? ' px-node--compact' : ''}${view.up ? '' : ' px-node--down'}${view.side === null ? '' : ` px-node--side${Math.min(view.side, 4)}`}${view.ballot === null ? '' : ` px-node--ballot${ballotClass(view.ballot)}`}`}
        data-node={view.id}
        data-status={view.up ? 'up' : 'crashed'}
        data-side={view.side ?? undefined}
        data-ballot={view.ballot ?? undefined}
        data-spoken={spoken}
        style={{ left: x - width / 2, width }}
      >
        {/* The whole header is one button: a click anywhere on it opens the node's menu. */}
        {pressable ? (
          <button
            type="button"
            className="px-node__button"
            aria-haspopup="menu"
            aria-expanded={menuOpen}
            aria-label={spoken}
            onClick={() => onOpenMenu(view.id)}
          />
        ) : null}
        <div className="px-node__id">
          <span className="px-node__name" style={charsOf(view.id)}>
            {view.id}
          </span>
          {view.countdown === null ? null : <Countdown countdown={view.countdown} />}
        </div>
        {/* A narrow lane has no room for the word; the header's name still says it in full. */}
        {view.up ? null : <div className="px-node__down">{compact ? '✕' : tr('node.down')}</div>}
        {view.side === null ? null : (
          <div className="px-node__side" style={compact ? charsOf(`s${view.side}`) : undefined}>
            {compact ? `s${view.side}` : tr('node.side', { side: view.side })}
          </div>
        )}
        {/* Re-keyed on every change so the CSS flash marks the node the last step touched. */}
        <div key={state} className="px-node__state px-flash">
          {/* A crashed node keeps a reminder of its last state, struck through, in the compact
              notation: under its DOWN mark there is no room for the whole state. */}
          {(compact || !view.up
            ? view.short
            : view.lines.map((line) => tr(line.key, line.params))
          ).map((text, i) => (
            <div key={i} className="px-node__line" style={compact ? charsOf(text) : undefined}>
              {text}
            </div>
          ))}
        </div>
      </div>
    );
  },
  (a, b) =>
    sameView(a.view, b.view) &&
    a.x === b.x &&
    a.width === b.width &&
    a.compact === b.compact &&
    a.pressable === b.pressable &&
    a.menuOpen === b.menuOpen &&
    a.onOpenMenu === b.onOpenMenu,
);
