import { useId } from 'react';
import { usePaxos, useStoreApi } from '../../store';
import { rulesOf, setRuleKept } from '../../store/lab';
import { useLabT } from './useLabT';

/**
 * Paxos's rules in plain words, each with a switch: on, the rule is kept; off, the run is
 * played again with it broken (an edit, so Undo puts it back).
 */
export function RuleList() {
  const { lt } = useLabT();
  const store = useStoreApi();
  const bugs = usePaxos((s) => s.scenario.bugs);
  const protocol = usePaxos((s) => s.scenario.protocol);
  const id = useId();
  return (
    <ul className="px-rules">
      {rulesOf(protocol).map((bug) => {
        const broken = bugs.includes(bug);
        return (
          <li key={bug} className={`px-rule${broken ? ' px-rule--broken' : ''}`} data-rule={bug}>
            <label className="px-rule__head">
              <input
                type="checkbox"
                role="switch"
                checked={!broken}
                aria-describedby={`${id}-${bug}`}
                onChange={(e) => setRuleKept(store, bug, e.target.checked)}
              />
              <span className="px-rule__name">{lt(`rule.${bug}.name`)}</span>
              {/* Seen, not heard: a switch already says whether it is on. */}
              <span className="px-rule__state" aria-hidden="true">
                {lt(broken ? 'rules.broken' : 'rules.kept')}
              </span>
            </label>
            <p className="px-rule__text" id={`${id}-${bug}`}>
              {lt(`rule.${bug}.text`)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
