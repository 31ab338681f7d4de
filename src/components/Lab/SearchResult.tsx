import { useEffect, useRef } from 'react';
import type { SearchReport } from '../../sim/explore';
import { usePaxos } from '../../store';
import { brokenKey } from '../../store/lab';
import { useLabT } from './useLabT';

type Words = ReturnType<typeof useLabT>;

/** "3 acceptors, 2 proposers, ballots up to 3, at most 1 crash": the bounds of a claim. */
function modelText({ lt, plural }: Words, model: SearchReport['model']): string {
  return lt('model.list', {
    acceptors: plural('model.acceptors', model.acceptors),
    proposers: plural('model.proposers', model.proposers),
    ballots: lt('model.ballots', { count: model.bounds.maxBallot }),
    crashes: plural('model.crashes', model.bounds.crashes),
  });
}

/**
 * What the last search found, said plainly and within its bounds: the counterexample now on
 * the timeline, the bounded claim that there is none, or why it stopped short of one.
 */
export function SearchResult() {
  const words = useLabT();
  const { lt, number } = words;
  const search = usePaxos((s) => s.lab.search);
  const ref = useRef<HTMLDivElement>(null);
  // The panel scrolls: bring a new outcome into sight where the student is looking.
  useEffect(() => {
    if (search.status !== 'idle' && search.status !== 'running')
      ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [search.status]);
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  let lines: { text: string; strong?: boolean }[] = [];
  if (search.status === 'done') {
    const { report } = search;
    const found = report.counterexample;
    const model = modelText(words, report.model);
    const log = report.model.protocol === 'multi-paxos';
    if (found !== null) {
      const { steps, deliveries, timeouts, faults, unshrunk } = found;
      lines = [
        {
          text: lt('search.found', {
            seconds: seconds(report.elapsedMs),
            steps: steps.length,
            deliveries,
            timeouts,
            faults,
            broken: lt(brokenKey(found.violation.invariant, report.model.protocol)),
          }),
          strong: true,
        },
        found.found === 'exhaustive'
          ? { text: lt('search.foundBy.exhaustive', { states: number(report.states) }) }
          : { text: lt('search.foundBy.random', { unshrunk }) },
      ];
    } else if (report.complete) {
      lines = [
        { text: lt(log ? 'search.noneLead.log' : 'search.noneLead'), strong: true },
        { text: lt('search.none', { states: number(report.states), model }) },
        {
          text: lt('search.noneDetail', {
            seconds: seconds(report.elapsedMs),
            rate: number(report.statesPerSecond),
          }),
        },
      ];
    } else {
      const limit =
        report.stoppedBy === 'time'
          ? lt('search.limit.time', { seconds: Math.round(report.elapsedMs / 1000) })
          : lt('search.limit.states', { count: number(report.states) });
      lines = [{ text: lt('search.incomplete', { states: number(report.states), model, limit }) }];
    }
  } else if (search.status === 'cancelled') {
    const states = number(search.progress?.states ?? 0);
    lines = [
      {
        text:
          search.found === null
            ? lt('search.cancelled', { states })
            : lt('search.cancelledFound', { states, steps: search.found.steps.length }),
      },
    ];
  } else if (search.status === 'failed') {
    lines = [{ text: lt('search.failed', { error: search.error }) }];
  }
  return (
    <div className="px-lab__result" role="status" data-search={search.status} ref={ref}>
      {lines.map((line, i) =>
        line.strong === true ? (
          <p key={i} className="px-lab__lead">
            {line.text}
          </p>
        ) : (
          <p key={i}>{line.text}</p>
        ),
      )}
    </div>
  );
}
