import { usePaxos } from '../../store';
import QuorumCard from './QuorumCard';
import { RuleList } from './RuleList';
import { SearchSection } from './SearchSection';
import { useLabT } from './useLabT';

/**
 * The lab drawer's content (loaded when it first opens): Paxos's rules with their switches,
 * the search for a run that breaks agreement, and the quorum view of the run on screen, where
 * a counterexample is explained.
 */
export default function RulesPanel() {
  const { lt } = useLabT();
  const chosen = usePaxos((s) => s.world.ghost.chosen.length > 0);
  const log = usePaxos((s) => s.scenario.protocol === 'multi-paxos');
  return (
    <div className="px-panel px-lab">
      <p className="px-panel__hint">{lt(log ? 'rules.intro.log' : 'rules.intro')}</p>
      <RuleList />
      <SearchSection />
      {chosen ? <QuorumCard inDrawer /> : null}
    </div>
  );
}
