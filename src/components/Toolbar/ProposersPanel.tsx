import { useId, useMemo, useState } from 'react';
import { LIMITS } from '../../scenario';
import { edit, leverTick, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';
import type { CommandParts } from './command';
import { commandOf, freshCommand } from './command';
import { CommandFields } from './CommandFields';
import { isValue, ValueField } from './ValueField';

/** A value no client of this run has asked for yet, so the new proposer's story is visible. */
function freshValue(taken: string[]): string {
  return ['Y', 'Z', 'W', 'V', 'U', 'T', 'S', 'R', 'Q'].find((v) => !taken.includes(v)) ?? 'Y';
}

/**
 * Add a competing proposer (with its own client, asking for its own value now), or remove the
 * last one. In Multi-Paxos the client's value is a command the replicas apply (put k v, get k),
 * built as in the Request panel and offered fresh for the run (see freshCommand).
 */
export function ProposersPanel({ onDone }: { onDone(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const nodes = usePaxos((s) => s.scenario.nodes);
  const multi = usePaxos((s) => s.scenario.protocol === 'multi-paxos');
  // Select the stable script and derive from it: a selector must not build a new array per read.
  const script = usePaxos((s) => s.scenario.script);
  const taken = useMemo(
    () => script.flatMap((e) => ('request' in e ? [e.request.value] : [])),
    [script],
  );
  const [value, setValue] = useState(() => freshValue(taken));
  const [command, setCommand] = useState<CommandParts>(() => freshCommand(taken, nodes.proposers));
  const commandId = useId();
  const sent = multi ? commandOf(command) : isValue(value) ? value : null;
  const full = nodes.proposers >= LIMITS.nodesMax || nodes.clients >= LIMITS.nodesMax;
  return (
    <form
      className="px-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (sent === null || full) return;
        edit(store, { kind: 'add-proposer', at: leverTick(store.getState()), value: sent });
        onDone();
      }}
    >
      {multi ? (
        <>
          <p className="px-panel__hint" id={commandId}>
            {tr('proposers.command')}
          </p>
          <div className="px-panel__row" role="group" aria-labelledby={commandId}>
            <CommandFields parts={command} onChange={setCommand} />
          </div>
        </>
      ) : (
        <ValueField label={tr('proposers.value')} value={value} onChange={setValue} />
      )}
      <div className="px-panel__actions">
        <button
          type="submit"
          className="px-button px-button--primary"
          disabled={sent === null || full}
        >
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
