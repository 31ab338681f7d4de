import { useState } from 'react';
import type { ScriptEntry } from '../../scenario';
import { applyEdits, formatError, LIMITS, scenarioToFile, validateScenario } from '../../scenario';
import type { Lever } from '../../store';
import { edit, leverTick, pullLevers, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';
import { formProblem } from './networkForm';
import type { Field, FormProblem, NetworkForm } from './networkForm';

/**
 * Network and timing from the cursor on (delay range, loss, duplication, proposer timeout and
 * backoff, and in a Multi-Paxos run the leader's heartbeat and window), and the seed, which reruns the whole scenario. The numbers are checked first in the
 * panel's own words (networkForm.ts); the scenario validator still has the last word on the
 * edited run (say, a script grown past its limit), and then its message is shown.
 */
export function NetworkPanel({ onDone }: { onDone(): void }) {
  const tr = useT();
  const store = useStoreApi();
  const settings = usePaxos((s) => s.world.settings);
  const seed = usePaxos((s) => s.scenario.seed);
  const multi = usePaxos((s) => s.scenario.protocol === 'multi-paxos');
  const { heartbeat, window } = settings.proposer;
  const [form, setForm] = useState<NetworkForm>({
    delayMin: String(settings.network.delay[0]),
    delayMax: String(settings.network.delay[1]),
    loss: String(Math.round(settings.network.drop * 100)),
    duplicate: String(Math.round(settings.network.duplicate * 100)),
    timeout: String(settings.proposer.timeout),
    backoffMin: String(settings.proposer.backoff[0]),
    backoffMax: String(settings.proposer.backoff[1]),
    // A Multi-Paxos world always has both; a Basic Paxos one has neither, nor these fields.
    ...(heartbeat === undefined ? {} : { heartbeat: String(heartbeat) }),
    ...(window === undefined ? {} : { window: String(window) }),
  });
  const [seedText, setSeedText] = useState(String(seed));
  const [problem, setProblem] = useState<string | null>(null);
  const number = (field: Field) => Number(form[field]);
  const levers: Lever[] = [
    {
      network: {
        delay: [number('delayMin'), number('delayMax')],
        drop: number('loss') / 100,
        duplicate: number('duplicate') / 100,
      },
    },
    {
      proposer: {
        timeout: number('timeout'),
        backoff: [number('backoffMin'), number('backoffMax')],
        ...(multi ? { heartbeat: number('heartbeat'), window: number('window') } : {}),
      },
    },
  ];
  const say = (problem: FormProblem): string =>
    problem.key === 'network.problem.range'
      ? tr(problem.key, { ...problem.params, field: tr(problem.field) })
      : tr(problem.key, { ...problem.params, low: tr(problem.low), high: tr(problem.high) });
  const apply = () => {
    const own = formProblem(form);
    if (own !== null) return setProblem(say(own));
    const state = store.getState();
    const entries = levers.map((l) => ({ ...l, at: leverTick(state) }) as ScriptEntry);
    const check = validateScenario(
      scenarioToFile(applyEdits(state.scenario, [{ kind: 'script', entries }])),
    );
    if (!check.ok) return setProblem(formatError(check.errors[0]!));
    pullLevers(store, levers);
    onDone();
  };
  const reseed = () => {
    const value = Number(seedText);
    if (!Number.isInteger(value) || value < 0 || value > LIMITS.seedMax)
      return setProblem(
        say({
          key: 'network.problem.range',
          field: 'network.seed',
          params: { min: 0, max: LIMITS.seedMax },
        }),
      );
    edit(store, { kind: 'seed', seed: value });
    onDone();
  };
  const field = (name: Field, label: Parameters<typeof tr>[0]) => (
    <label className="px-field">
      <span>{tr(label)}</span>
      <input
        type="number"
        inputMode="numeric"
        value={form[name] ?? ''}
        onChange={(e) => setForm({ ...form, [name]: e.target.value })}
      />
    </label>
  );
  return (
    <div className="px-panel">
      <div className="px-panel__grid">
        {field('delayMin', 'network.delayMin')}
        {field('delayMax', 'network.delayMax')}
        {field('loss', 'network.loss')}
        {field('duplicate', 'network.duplicate')}
        {field('timeout', 'network.timeout')}
        {field('backoffMin', 'network.backoffMin')}
        {field('backoffMax', 'network.backoffMax')}
        {multi ? field('heartbeat', 'network.heartbeat') : null}
        {multi ? field('window', 'network.window') : null}
      </div>
      <div className="px-panel__actions">
        <button type="button" className="px-button px-button--primary" onClick={apply}>
          {tr('network.apply')}
        </button>
      </div>
      <div className="px-panel__row">
        <label className="px-field">
          <span>{tr('network.seed')}</span>
          <input
            type="number"
            inputMode="numeric"
            value={seedText}
            onChange={(e) => setSeedText(e.target.value)}
          />
        </label>
        <button type="button" className="px-button" onClick={reseed}>
          {tr('network.reseed')}
        </button>
      </div>
      {problem === null ? null : (
        <p className="px-panel__problem" role="alert">
          {tr('network.invalid', { problem })}
        </p>
      )}
    </div>
  );
}
