import { Suspense, useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { rulesButtonT } from '../../i18n/lab/button';
import { setLabOpen, usePaxos, useStoreApi } from '../../store';
import { activeElementIn } from '../shadow';
import { LazyRulesPanel } from './lazy';

/**
 * The safety lab's drawer: the rules, the search and the explanation of what it found, in a
 * column of its own beside the diagram (a sheet along the bottom on a phone). It pushes the
 * diagram aside instead of covering it, and stays open while the student steps through the
 * counterexample, so the explanation and the run are read together. Escape or × closes it and
 * gives the focus back to the Rules button.
 */
export function LabDrawer({ id }: { id: string }) {
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  const tr = (word: Parameters<typeof rulesButtonT>[1]) => rulesButtonT(lang, word);
  const root = useRef<HTMLElement>(null);
  const close = () => {
    setLabOpen(store, false);
    // The button that opened the drawer comes right before it.
    (root.current?.previousElementSibling as HTMLElement | null)?.focus();
  };
  return (
    <section
      id={id}
      ref={root}
      className="px-lab-drawer"
      aria-label={tr('title')}
      data-lab-drawer
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        close();
      }}
    >
      <div className="px-lab-drawer__head">
        <h2 className="px-lab-drawer__title">{tr('heading')}</h2>
        <button type="button" className="px-button" aria-label={tr('close')} onClick={close}>
          ×
        </button>
      </div>
      <div className="px-lab-drawer__body" data-lab-scroll>
        <Suspense fallback={<p className="px-panel__hint">{tr('loading')}</p>}>
          <LazyRulesPanel />
          <FocusFirstSwitch drawer={root} />
        </Suspense>
      </div>
    </section>
  );
}

/** Once the rules are on screen, the first switch takes the focus (unless the user moved it). */
function FocusFirstSwitch({ drawer }: { drawer: RefObject<HTMLElement | null> }) {
  useEffect(() => {
    const element = drawer.current;
    if (element === null || element.contains(activeElementIn(element))) return;
    element.querySelector<HTMLElement>('[role="switch"]')?.focus();
  }, [drawer]);
  return null;
}
