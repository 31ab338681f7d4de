import { quorumNotice, usePaxos } from '../store';
import { useT } from './useT';

/**
 * Says plainly, above the diagram, that a run's phase 1 and phase 2 quorums need not meet, so
 * Paxos's safety is no longer guaranteed: the run is not broken, its rules are.
 */
export function QuorumNotice() {
  const tr = useT();
  // The config is shared by every world of a run, so this reads one object per run.
  const notice = quorumNotice(usePaxos((s) => s.world.config));
  if (notice === null) return null;
  return (
    <p className="px-notice px-notice--unsafe" role="note" data-notice={notice.key}>
      {tr(notice.key, notice.params)}
    </p>
  );
}
