import { useLayoutEffect, useMemo, useRef } from 'react';
import { leverTick, manualAt, pullLever, usePaxos, useStoreApi } from '../../store';
import type { Lever } from '../../store';
import { messageLevers, messageName } from '../Swimlanes/messageLevers';
import { useT } from '../useT';

/**
 * The messages in flight at the cursor as a list, oldest first, each with what the network can
 * do to it (as FrankenPaxos lists its in-flight messages): a keyboard reaches every message here,
 * however crowded its arrows are. The list stays open while the user works through it; when a
 * row goes (delivered, dropped), the focus moves to the row that took its place.
 */
export function InFlightPanel() {
  const tr = useT();
  const store = useStoreApi();
  const world = usePaxos((s) => s.world);
  const messages = usePaxos((s) => s.trace.messages);
  const manual = usePaxos((s) => manualAt(s.scenario, s.cursor));
  const tick = usePaxos((s) => leverTick(s));
  const records = useMemo(
    () => world.inFlight.flatMap((m) => messages[m.id] ?? []).sort((a, b) => a.id - b.id),
    [world, messages],
  );
  const list = useRef<HTMLUListElement>(null);
  const intro = useRef<HTMLParagraphElement>(null);
  // The row whose lever was pulled: the focus stays there, on whatever message is there now.
  const focusRow = useRef<number | null>(null);
  useLayoutEffect(() => {
    const row = focusRow.current;
    if (row === null) return;
    focusRow.current = null;
    const rows = list.current?.children ?? [];
    const target = rows[Math.min(row, rows.length - 1)]?.querySelector('button');
    (target ?? intro.current)?.focus();
  }, [records]);
  const pull = (row: number, lever: Lever) => {
    focusRow.current = row;
    pullLever(store, lever);
  };
  return (
    <div className="px-panel px-inflight">
      <p ref={intro} className="px-panel__hint" tabIndex={-1}>
        {records.length === 0
          ? tr('inflight.none')
          : manual
            ? tr('inflight.manual')
            : tr('inflight.timed', { time: tick })}
      </p>
      {records.length === 0 ? null : (
        <ul ref={list} className="px-inflight__list" aria-label={tr('inflight.list')}>
          {records.map((m, row) => {
            const name = messageName(m, tr);
            return (
              <li key={m.id}>
                <div className="px-inflight__row" role="group" aria-label={name}>
                  <span className={`px-inflight__name px-msg--${m.type}`}>{name}</span>
                  <span className="px-inflight__levers">
                    {messageLevers(m.id).map(({ key, lever }) => (
                      <button
                        key={key}
                        type="button"
                        className={`px-button${key === 'menu.deliver' && manual ? ' px-button--primary' : ''}`}
                        onClick={() => pull(row, lever)}
                      >
                        {tr(key)}
                      </button>
                    ))}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
