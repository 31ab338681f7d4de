import { useMemo, useState } from 'react';
import { LIMITS } from '../../scenario';
import { edit, leverTick, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';
import { isValue, ValueField } from './ValueField';

/** A value no client of this run has asked for yet, so the new proposer's story is visible. */
function freshValue(taken: string[]): string {
  return ['Y', 'Z', 'W', 'V', 'U', 'T', 'S', 'R', 'Q'].find((v) => !taken.includes(v)) ?? 'Y';
}

/** Add a competing proposer (with its own client, asking for its own value now), or remove the last one. */
export function ProposersPanel({ onDone }: { onDone(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const nodes = usePaxos((s) => s.scenario.nodes);
  // Select the stable script and derive from it: a selector must not build a new array per read.
  const script = usePaxos((s) => s.scenario.script);
  const taken = useMemo(
    () => script.flatMap((e) => ('request' in e ? [e.request.value] : [])),
    [script],
  );
  const [value, setValue] = useState(() => freshValue(taken));
  const valid = isValue(value);
  const full = nodes.proposers >= LIMITS.nodesMax || nodes.clients >= LIMITS.nodesMax;
  return (
    <form
      className="px-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid || full) return;
        edit(store, { kind: 'add-proposer', at: leverTick(store.getState()), value });
        onDone();
      }}
    >
      <ValueField label={tr('proposers.value')} value={value} onChange={setValue} />
      <div className="px-panel__actions">
        <button type="submit" className="px-button px-button--primary" disabled={!valid || full}>
          {tr('proposers.add')}
        </button>
        <button
          type="button"
          className="px-button"
          disabled={nodes.proposers <= 1}
          onClick={() => {
            edit(store, { kind: 'remove-proposer' });
            onDone();
          }}
        >
          {tr('proposers.remove', { proposer: `P${nodes.proposers}` })}
        </button>
      </div>
    </form>
  );
}
