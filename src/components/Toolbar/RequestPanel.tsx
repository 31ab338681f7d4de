import { useState } from 'react';
import { pullLever, usePaxos, useStoreApi } from '../../store';
import { laneNodes } from '../../trace';
import { useT } from '../useT';
import { RetryRequest } from './RetryRequest';
import { isValue, ValueField } from './ValueField';

/** A client asks a proposer to get a value chosen, from the cursor on (or, in Multi-Paxos, to retry a request). */
export function RequestPanel({ onDone }: { onDone(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const nodes = usePaxos((s) => s.scenario.nodes);
  const lanes = laneNodes(nodes);
  const clients = lanes.filter((n) => n.role === 'client').map((n) => n.id);
  const proposers = lanes.filter((n) => n.role === 'proposer').map((n) => n.id);
  const [client, setClient] = useState(clients[0]!);
  const [proposer, setProposer] = useState(proposers[0]!);
  const [value, setValue] = useState('Z');
  const valid = isValue(value);
  return (
    <form
      className="px-panel"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid) return;
        pullLever(store, { request: { client, proposer, value } });
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
        <ValueField label={tr('request.value')} value={value} onChange={setValue} />
      </div>
      <div className="px-panel__actions">
        <button type="submit" className="px-button px-button--primary" disabled={!valid}>
          {tr('request.send')}
        </button>
      </div>
      <RetryRequest client={client} proposer={proposer} onDone={onDone} />
    </form>
  );
}
