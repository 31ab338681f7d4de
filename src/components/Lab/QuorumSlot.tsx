import { Suspense } from 'react';
import { usePaxos } from '../../store';
import { chosenAt } from '../../trace';
import { LazyQuorumCard } from './lazy';

/**
 * Where the quorum view goes beside the narration: empty until the run has chosen a value, and
 * while the lab's drawer is open, which shows it instead.
 */
export function QuorumSlot() {
  const chosen = usePaxos((s) => chosenAt(s.trace, s.step) !== null);
  const drawer = usePaxos((s) => s.lab.open);
  if (!chosen || drawer) return null;
  return (
    // Loaded once a value is chosen at the cursor: before that there is no quorum to show.
    <Suspense fallback={null}>
      <LazyQuorumCard />
    </Suspense>
  );
}
