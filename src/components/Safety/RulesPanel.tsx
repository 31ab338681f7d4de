import { RuleList } from './RuleList';
import { SearchSection } from './SearchSection';
import { useLabT } from './useLabT';

/**
 * The Rules panel (loaded when it first opens): Paxos's rules with their switches, then the
 * search for a run that breaks agreement.
 */
export default function RulesPanel({ onDone }: { onDone(): void }) {
  const { lt } = useLabT();
  return (
    <div className="px-panel px-lab">
      <p className="px-panel__hint">{lt('rules.intro')}</p>
      <RuleList />
      <SearchSection onFound={onDone} />
    </div>
  );
}
