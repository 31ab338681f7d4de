import { useId } from 'react';
import { rulesButtonT } from '../../i18n/lab/button';
import { setLabOpen, usePaxos, useStoreApi } from '../../store';
import { LabDrawer } from './LabDrawer';

/**
 * The toolbar's Rules button: it says how many of Paxos's rules this run breaks, and opens or
 * closes the lab's drawer beside the diagram.
 */
export function RulesButton() {
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  const tr = (word: Parameters<typeof rulesButtonT>[1], count = 0) =>
    rulesButtonT(lang, word, { count });
  const broken = usePaxos((s) => s.scenario.bugs.length);
  const open = usePaxos((s) => s.lab.open);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="px-button"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setLabOpen(store, !open)}
      >
        {tr('button')}
        {broken > 0 ? (
          <span className="px-badge px-badge--broken">{tr('broken', broken)}</span>
        ) : null}
      </button>
      {open ? <LabDrawer id={id} /> : null}
    </>
  );
}
