import { useEffect, useId, useRef } from 'react';
import { usePaxos, useStoreApi } from '../../store';
import {
  cancelSearch,
  findCounterexample,
  labModel,
  runSetsAcceptors,
  searchedModel,
  setLabModel,
} from '../../store/lab';
import { useHost } from '../hostContext';
import { SearchProgressBar } from './SearchProgress';
import { SearchResult } from './SearchResult';
import { useLabT } from './useLabT';

/** The sizes a student can search, each small enough to finish or to stop honestly at a limit. */
const CHOICES = {
  acceptors: [2, 3, 4, 5],
  proposers: [1, 2, 3],
  maxBallot: [1, 2, 3, 4, 5],
  crashes: [0, 1, 2],
} as const;

type Dimension = keyof typeof CHOICES;

/**
 * Find counterexample: the size of the model to search, the button, a progress bar with
 * Cancel while it runs (in a worker: the page stays responsive), and what it found. When it
 * puts a counterexample on the timeline, the drawer scrolls this section to its top, so the
 * button, the outcome and the explanation below it are in sight together.
 */
export function SearchSection() {
  const { lt } = useLabT();
  const store = useStoreApi();
  const { explore } = useHost();
  const model = labModel(usePaxos((s) => s.lab.model));
  // What the search will explore: a run with its own quorums brings its own acceptors.
  const scenario = usePaxos((s) => s.scenario);
  const searched = searchedModel(model, scenario);
  const status = usePaxos((s) => s.lab.search.status);
  const found = usePaxos(
    (s) => s.lab.search.status === 'done' && s.lab.search.report.counterexample !== null,
  );
  const id = useId();
  const section = useRef<HTMLElement>(null);
  const was = useRef(status);
  useEffect(() => {
    if (was.current === 'running' && found && section.current !== null)
      scrollToTop(section.current);
    was.current = status;
  }, [status, found]);
  if (explore === null) return <p className="px-panel__hint">{lt('search.unavailable')}</p>;
  const running = status === 'running';
  const value: Record<Dimension, number> = {
    acceptors: searched.acceptors,
    proposers: model.proposers,
    maxBallot: model.bounds.maxBallot,
    crashes: model.bounds.crashes,
  };
  return (
    <section className="px-lab__search" aria-labelledby={id} ref={section}>
      <h3 className="px-lab__heading" id={id}>
        {lt(scenario.protocol === 'multi-paxos' ? 'search.title.log' : 'search.title')}
      </h3>
      <div className="px-lab__model">
        {(Object.keys(CHOICES) as Dimension[]).map((dimension) => (
          <label key={dimension} className="px-field">
            <span>{lt(`search.${dimension}`)}</span>
            <select
              value={value[dimension]}
              disabled={running || (dimension === 'acceptors' && runSetsAcceptors(scenario))}
              onChange={(e) => setLabModel(store, { [dimension]: Number(e.target.value) })}
            >
              {CHOICES[dimension].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div className="px-panel__actions">
        {/* Not disabled while running (the focus would fall off the panel): it just waits. */}
        <button
          type="button"
          className="px-button px-button--primary"
          aria-disabled={running}
          onClick={() => {
            if (!running) findCounterexample(store, explore);
          }}
        >
          {lt('search.find')}
        </button>
        {running ? (
          <button type="button" className="px-button" onClick={() => cancelSearch(store)}>
            {lt('search.cancel')}
          </button>
        ) : null}
      </div>
      <SearchProgressBar />
      <SearchResult />
    </section>
  );
}

/** Scrolls the drawer (only the drawer: the page behind stays where it is) to put `element` on top. */
function scrollToTop(element: HTMLElement): void {
  const scroller = element.closest<HTMLElement>('[data-lab-scroll]');
  if (scroller === null) return;
  scroller.scrollTop += element.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
}
