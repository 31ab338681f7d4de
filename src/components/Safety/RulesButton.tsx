import { lazy, Suspense } from 'react';
import { usePaxos } from '../../store';
import { Popover } from '../Popover';
import { useT } from '../useT';

// The rules, their switches and the search load when the panel first opens.
const RulesPanel = lazy(() => import('./RulesPanel'));

/** The toolbar's Rules button: it says how many of Paxos's rules this run breaks. */
export function RulesButton() {
  const tr = useT();
  const broken = usePaxos((s) => s.scenario.bugs.length);
  return (
    <Popover
      label={tr('rules.title')}
      button={
        <>
          {tr('toolbar.rules')}
          {broken > 0 ? (
            <span className="px-badge px-badge--broken">
              {tr('toolbar.rulesBroken', { count: broken })}
            </span>
          ) : null}
        </>
      }
    >
      {(close) => (
        <Suspense fallback={<p className="px-panel__hint">{tr('rules.loading')}</p>}>
          <RulesPanel onDone={close} />
        </Suspense>
      )}
    </Popover>
  );
}
