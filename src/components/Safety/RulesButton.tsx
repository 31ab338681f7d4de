import { rulesButtonT } from '../../i18n/lab/button';
import { usePaxos } from '../../store';
import { Popover } from '../Popover';
import { LazyRulesPanel } from './lazy';

/** The toolbar's Rules button: it says how many of Paxos's rules this run breaks. */
export function RulesButton() {
  const lang = usePaxos((s) => s.lang);
  const tr = (word: Parameters<typeof rulesButtonT>[1], count = 0) =>
    rulesButtonT(lang, word, { count });
  const broken = usePaxos((s) => s.scenario.bugs.length);
  return (
    <Popover
      label={tr('title')}
      loading={<p className="px-panel__hint">{tr('loading')}</p>}
      button={
        <>
          {tr('button')}
          {broken > 0 ? (
            <span className="px-badge px-badge--broken">{tr('broken', broken)}</span>
          ) : null}
        </>
      }
    >
      {/* The rules, their switches and the search load when the panel first opens. */}
      {(close) => <LazyRulesPanel onDone={close} />}
    </Popover>
  );
}
