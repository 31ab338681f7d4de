import { useMemo, useState } from 'react';
import { pullLever, sentRequests, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';

/**
 * Multi-Paxos: a client sends one of its earlier requests again, the same (client, seq), to a
 * proposer — what a client does when its answer is lost. Replicas apply it once however often
 * it is chosen. Nothing to show before the client has sent anything.
 */
export function RetryRequest({
  client,
  proposer,
  onDone,
}: {
  client: string;
  proposer: string;
  onDone(): void;
}) {
  const tr = useT();
  const store = useStoreApi();
  const world = usePaxos((s) => s.world);
  const sent = useMemo(() => sentRequests(world, client), [world, client]);
  const [seq, setSeq] = useState<number | null>(null);
  const chosen = sent.find((r) => r.seq === seq) ?? sent.at(-1);
  if (chosen === undefined) return null;
  return (
    <div className="px-panel__row" data-retry>
      <label className="px-field">
        <span>{tr('request.retry')}</span>
        <select value={chosen.seq} onChange={(e) => setSeq(Number(e.target.value))}>
          {sent.map((r) => (
            <option key={r.seq} value={r.seq}>
              {tr('request.retryOf', { seq: r.seq, value: r.value })}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="px-button"
        onClick={() => {
          const { seq, value } = chosen;
          pullLever(store, { request: { client, proposer, value, seq } });
          onDone();
        }}
      >
        {tr('request.retrySend')}
      </button>
    </div>
  );
}
