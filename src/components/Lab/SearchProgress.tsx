import { usePaxos } from '../../store';
import { useLabT } from './useLabT';

/**
 * While a search runs: how much of its limits it has used (an exhaustive search cannot know
 * its total in advance, so the bar fills towards the limit, not towards the end) and where it is.
 */
export function SearchProgressBar() {
  const { lt, number } = useLabT();
  const search = usePaxos((s) => s.lab.search);
  if (search.status !== 'running') return null;
  const progress = search.progress;
  return (
    <div className="px-lab__progress" data-search="running">
      {/* With no value yet the bar is indeterminate: the worker is starting. */}
      <progress
        aria-label={lt('search.progress')}
        max={1}
        {...(progress === null ? {} : { value: progress.used })}
      />
      {progress === null ? null : (
        <p className="px-panel__hint">
          {progress.phase === 'random'
            ? lt('search.random', { walks: number(progress.walks) })
            : lt('search.exhaustive', { states: number(progress.states), depth: progress.depth })}
        </p>
      )}
    </div>
  );
}
