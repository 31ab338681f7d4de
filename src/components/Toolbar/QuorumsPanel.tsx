import { useState } from 'react';
import { edit, quorumsOf, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';

/**
 * Phase 1 and phase 2 quorum sizes (q1, q2) for the whole run, both protocols: quorums are part
 * of the run's rules, like the rules broken, so the edit reruns it from tick 0. Sizes that need
 * not overlap (q1 + q2 ≤ N) are allowed — that is the point of showing them — and the notice
 * above the diagram then says safety is gone.
 */
export function QuorumsPanel({ onDone }: { onDone(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const config = usePaxos((s) => s.world.config);
  const minority = usePaxos((s) => s.scenario.bugs.includes('minority-quorum'));
  const explicit = usePaxos((s) => s.scenario.quorums !== undefined);
  const acceptors = config.nodes.acceptors;
  const now = quorumsOf(config);
  const [phase1, setPhase1] = useState(String(now.phase1));
  const [phase2, setPhase2] = useState(String(now.phase2));
  const [problem, setProblem] = useState<string | null>(null);
  const size = (text: string, field: 'quorums.phase1' | 'quorums.phase2'): number | string => {
    const value = Number(text.trim());
    return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= acceptors
      ? value
      : tr('quorums.problem', { field: tr(field), max: acceptors });
  };
  const apply = () => {
    if (minority) return setProblem(tr('quorums.minority'));
    const [q1, q2] = [size(phase1, 'quorums.phase1'), size(phase2, 'quorums.phase2')];
    if (typeof q1 === 'string') return setProblem(q1);
    if (typeof q2 === 'string') return setProblem(q2);
    edit(store, { kind: 'quorums', quorums: { phase1: q1, phase2: q2 } });
    onDone();
  };
  const field = (
    label: 'quorums.phase1' | 'quorums.phase2',
    value: string,
    set: (v: string) => void,
  ) => (
    <label className="px-field">
      <span>{tr(label)}</span>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={acceptors}
        value={value}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );
  return (
    <div className="px-panel" data-quorums-panel>
      <p className="px-panel__hint">{tr('quorums.acceptors', { acceptors })}</p>
      <div className="px-panel__row">
        {field('quorums.phase1', phase1, setPhase1)}
        {field('quorums.phase2', phase2, setPhase2)}
      </div>
      <div className="px-panel__actions">
        <button type="button" className="px-button px-button--primary" onClick={apply}>
          {tr('quorums.apply')}
        </button>
        <button
          type="button"
          className="px-button"
          disabled={!explicit}
          onClick={() => {
            edit(store, { kind: 'quorums', quorums: null });
            onDone();
          }}
        >
          {tr('quorums.majorities')}
        </button>
      </div>
      {problem === null ? null : (
        <p className="px-panel__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
