import { useEffect, useRef } from 'react';
import { usePaxos } from '../../store';
import { brokenKey } from '../../store/lab';
import { useLabT } from './useLabT';

/**
 * While a search runs: how much of its limits it has used (an exhaustive search cannot know
 * its total in advance, so the bar fills towards the limit, not towards the end) and where it is.
 */
export function SearchProgressBar() {
  const { lt, number } = useLabT();
  const search = usePaxos((s) => s.lab.search);
  const protocol = usePaxos((s) => s.scenario.protocol);
  const found = search.status === 'running' ? search.found : null;
  const interim = useRef<HTMLParagraphElement>(null);
  // The drawer scrolls: the run found so far is news, so bring it into sight.
  useEffect(() => {
    if (found !== null) interim.current?.scrollIntoView?.({ block: 'nearest' });
  }, [found]);
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
      {found === null ? null : (
        <p className="px-lab__lead" data-search-interim ref={interim}>
          {lt('search.interim', {
            steps: found.steps.length,
            broken: lt(brokenKey(found.violation.invariant, protocol)),
          })}
        </p>
      )}
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
