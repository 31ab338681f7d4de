import type { ExploreModel, Target } from './model';
import { modelProblem } from './model';
import type { Limits, RandomPhase } from './searchOptions';
import { ALL_REDUCTIONS } from './searchOptions';
import type { Counterexample, SearchProgress, SearchReport } from './search';
import { search } from './search';

/** What the page asks a search worker for. */
export interface ExploreRequest {
  model: ExploreModel;
  target: Target;
  limits: Limits;
  random: RandomPhase | null;
}

/**
 * What a search worker says back: progress now and then, perhaps a `found` from the random
 * phase while the exhaustive one goes on, then one `done` or `failed`.
 */
export type ExploreMessage =
  | { kind: 'progress'; progress: SearchProgress }
  | { kind: 'found'; counterexample: Counterexample }
  | { kind: 'done'; report: SearchReport }
  | { kind: 'failed'; error: string };

/** Runs a search away from the page, reporting as it goes; the function it returns cancels it. */
export type Explorer = (
  request: ExploreRequest,
  onMessage: (message: ExploreMessage) => void,
) => () => void;

/** How often at most a worker posts progress: more would only keep the page busy. */
const PROGRESS_EVERY_MS = 100;

/**
 * The body of the search worker, as a plain function so that it runs (and is tested) anywhere:
 * checks the request, searches, and posts progress and the report. A request from a page is
 * still checked: a model out of range would only run out of memory.
 */
export function serveExplore(
  request: ExploreRequest,
  clock: () => number,
  post: (message: ExploreMessage) => void,
): void {
  const problem = modelProblem(request.model);
  if (problem !== null) {
    post({ kind: 'failed', error: problem });
    return;
  }
  let last = Number.NEGATIVE_INFINITY;
  try {
    const report = search(request.model, {
      target: request.target,
      reductions: ALL_REDUCTIONS,
      limits: request.limits,
      random: request.random,
      stopAtFirst: true,
      clock,
      onProgress: (progress) => {
        const now = clock();
        if (now - last < PROGRESS_EVERY_MS) return;
        last = now;
        post({ kind: 'progress', progress });
      },
      onFound: (counterexample) => post({ kind: 'found', counterexample }),
    });
    post({ kind: 'done', report });
  } catch (error) {
    post({ kind: 'failed', error: (error as Error).message });
  }
}
