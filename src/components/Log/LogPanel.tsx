import { useDeferredValue, useMemo } from 'react';
import type { LogView } from '../../store';
import { clickedSlot, highlightedSlot, logView, usePaxos } from '../../store';
import { useT } from '../useT';
import { LogRow } from './LogRow';
import { useHiddenEdges } from './useHiddenEdges';
import { useRowInView } from './useRowInView';

/**
 * The Multi-Paxos log at the cursor, beside the swimlanes: one row per slot, with what each
 * acceptor accepted there, what was chosen (in which ballot, at which tick) and what each
 * replica did with it. Like the headers it follows the cursor as a deferred value. A Basic
 * Paxos run has no log, so the panel is not there at all.
 */
export function LogPanel() {
  const world = useDeferredValue(usePaxos((s) => s.world));
  const view = useMemo(() => logView(world), [world]);
  return view === null ? null : <LogTable view={view} />;
}

/** The edges past which the log's box can hide slots (below) or columns (beside), and their arrows. */
const EDGES = [
  ['below', '↓'],
  ['beside', '→'],
] as const;

function watermarkText(tr: ReturnType<typeof useT>, replica: string, count: number): string {
  if (count === 0) return tr('log.watermarkNone', { replica });
  return count === 1
    ? tr('log.watermarkOne', { replica })
    : tr('log.watermark', { replica, count });
}

function LogTable({ view }: { view: LogView }) {
  const tr = useT();
  const { leader } = view;
  const next = leader?.nextSlot ?? null;
  const highlighted = usePaxos(highlightedSlot);
  const picked = usePaxos((s) => s.slotPicked);
  // Only a click in the diagram brings a row into view: a slot picked in the log was in view
  // when it was picked, and the user may have scrolled away from it since.
  const scroll = useRowInView(
    usePaxos(clickedSlot),
    usePaxos((s) => s.selected),
  );
  const hidden = useHiddenEdges(scroll);
  return (
    <section className="px-log" aria-label={tr('log.label')} data-log>
      <header className="px-log__head">
        <h2 className="px-log__title">{tr('log.label')}</h2>
        <p className="px-log__leader" data-log-leader={leader?.id ?? ''}>
          {leader === null
            ? tr('log.noLeader')
            : tr('log.leader', {
                leader: leader.id,
                ballot: leader.ballot,
                next: leader.nextSlot,
                inFlight: leader.inFlight,
                window: leader.window,
              })}
        </p>
      </header>
      <div className="px-log__frame">
        <div className="px-log__scroll" ref={scroll} tabIndex={0}>
          <table className="px-log__table">
            <thead>
              <tr>
                <th scope="col">{tr('log.slot')}</th>
                {view.acceptors.map((id) => (
                  <th key={id} scope="col" className="px-role--acceptor">
                    {id}
                  </th>
                ))}
                <th scope="col">{tr('log.chosen')}</th>
                {view.replicas.map((id) => (
                  <th key={id} scope="col" className="px-role--learner">
                    {id}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.slots.map((slot) => (
                <LogRow
                  key={slot.slot}
                  view={view}
                  slot={slot}
                  next={slot.slot === next}
                  highlighted={slot.slot === highlighted}
                  picked={slot.slot === picked}
                />
              ))}
              {next !== null && next > view.slots.length ? (
                <tr className="px-log__row px-log__row--next" data-slot-next={next}>
                  <th scope="row">{next}</th>
                  <td colSpan={view.acceptors.length + 1 + view.replicas.length}>
                    ← {tr('log.next')}
                  </td>
                </tr>
              ) : null}
            </tbody>
          </table>
          {view.slots.length === 0 ? <p className="px-log__empty">{tr('log.empty')}</p> : null}
        </div>
        {/* Where slots or columns run past the box, a fade and an arrow at that edge say so. */}
        {EDGES.filter(([edge]) => hidden[edge]).map(([edge, arrow]) => (
          <span
            key={edge}
            className={`px-log__more px-log__more--${edge}`}
            data-log-more={edge}
            aria-hidden="true"
          >
            {arrow}
          </span>
        ))}
      </div>
      <div className="px-log__watermarks">
        {view.replicas.map((id, i) => (
          <ReplicaStore
            key={id}
            replica={id}
            watermark={watermarkText(tr, id, view.watermarks[i]!)}
            count={view.watermarks[i]!}
            store={view.stores[i]!}
          />
        ))}
      </div>
    </section>
  );
}

/**
 * A replica's applied watermark, and on demand (opened) its whole key-value state, which the
 * header shortens to a few keys and a phone's compact header leaves out.
 */
function ReplicaStore({
  replica,
  watermark,
  count,
  store,
}: {
  replica: string;
  watermark: string;
  count: number;
  store: LogView['stores'][number];
}) {
  const tr = useT();
  return (
    <details className="px-log__store" data-replica-store={replica}>
      <summary>
        <span data-replica-watermark={replica} data-count={count}>
          {watermark}
        </span>
      </summary>
      {store.length === 0 ? (
        <p className="px-log__store-empty">{tr('multi.replica.storeEmpty')}</p>
      ) : (
        <dl className="px-log__store-keys" aria-label={tr('log.store', { replica })}>
          {store.map(({ key, value }) => (
            <div key={key} data-store-key={key} data-store-value={value}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
