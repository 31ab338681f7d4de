import { useEffect, useRef } from 'react';
import { activeElementIn } from '../shadow';
import { RuleList } from './RuleList';
import { SearchSection } from './SearchSection';
import { useLabT } from './useLabT';

/**
 * The Rules panel (loaded when it first opens): Paxos's rules with their switches, then the
 * search for a run that breaks agreement.
 */
export default function RulesPanel({ onDone }: { onDone(): void }) {
  const { lt } = useLabT();
  const ref = useRef<HTMLDivElement>(null);
  // The panel opened before this code arrived, so its first switch takes the focus now,
  // unless the user has already moved it into the panel.
  useEffect(() => {
    const panel = ref.current;
    if (panel !== null && !panel.contains(activeElementIn(panel)))
      panel.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  return (
    <div className="px-panel px-lab" ref={ref}>
      <p className="px-panel__hint">{lt('rules.intro')}</p>
      <RuleList />
      <SearchSection onFound={onDone} />
    </div>
  );
}
