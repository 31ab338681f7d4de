import { Suspense } from 'react';
import { usePaxos } from '../../store';
import { LazyQuorumCard } from './lazy';

/**
 * Where the quorum view goes beside the narration: empty until the run has chosen a value, and
 * while the lab's drawer is open, which shows it instead.
 */
export function QuorumSlot() {
  const chosen = usePaxos((s) => s.world.ghost.chosen.length > 0);
  const drawer = usePaxos((s) => s.lab.open);
  if (!chosen || drawer) return null;
  return (
    // Loaded once a value is chosen at the cursor: before that there is no quorum to show.
    <Suspense fallback={null}>
      <LazyQuorumCard />
    </Suspense>
  );
}
