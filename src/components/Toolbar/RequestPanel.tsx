import { useState } from 'react';
import { pullLever, usePaxos, useStoreApi } from '../../store';
import { laneNodes } from '../../trace';
import { useT } from '../useT';
import type { CommandParts } from './command';
import { commandOf } from './command';
import { CommandFields } from './CommandFields';
import { RetryRequest } from './RetryRequest';
import { isValue, ValueField } from './ValueField';

/**
 * A client asks a proposer to get a value chosen, from the cursor on. In Multi-Paxos the value
 * is a command for the replicas' key-value state (put k v, get k), and an earlier request can
 * be retried.
 */
export function RequestPanel({ onDone }: { onDone(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const nodes = usePaxos((s) => s.scenario.nodes);
  const lanes = laneNodes(nodes);
  const clients = lanes.filter((n) => n.role === 'client').map((n) => n.id);
  const proposers = lanes.filter((n) => n.role === 'proposer').map((n) => n.id);
  const [client, setClient] = useState(clients[0]!);
  const [proposer, setProposer] = useState(proposers[0]!);
  const multi = usePaxos((s) => s.scenario.protocol === 'multi-paxos');
  const [value, setValue] = useState('Z');
  const [command, setCommand] = useState<CommandParts>({ op: 'put', key: 'z', value: '9' });
  const sent = multi ? commandOf(command) : isValue(value) ? value : null;
  return (
    <form
      className="px-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (sent === null) return;
        pullLever(store, { request: { client, proposer, value: sent } });
        onDone();
      }}
    >
      <div className="px-panel__row">
        <label className="px-field">
          <span>{tr('request.client')}</span>
          <select value={client} onChange={(e) => setClient(e.target.value)}>
            {clients.map((id) => (
              <option key={id}>{id}</option>
            ))}
          </select>
        </label>
        <label className="px-field">
          <span>{tr('request.proposer')}</span>
          <select value={proposer} onChange={(e) => setProposer(e.target.value)}>
            {proposers.map((id) => (
              <option key={id}>{id}</option>
            ))}
          </select>
        </label>
        {multi ? (
          <CommandFields parts={command} onChange={setCommand} />
        ) : (
          <ValueField label={tr('request.value')} value={value} onChange={setValue} />
        )}
      </div>
      <div className="px-panel__actions">
        <button type="submit" className="px-button px-button--primary" disabled={sent === null}>
          {tr('request.send')}
        </button>
      </div>
      <RetryRequest client={client} proposer={proposer} onDone={onDone} />
    </form>
  );
}
