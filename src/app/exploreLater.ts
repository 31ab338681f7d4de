import type { Explorer } from '../sim/explore';

/**
 * The search worker's launcher, loaded when a search first starts: the page's first load (and
 * the embed, which never searches) carries only this. Cancel before the launcher has arrived
 * still stops the search: it then never starts.
 */
export const exploreLater: Explorer = (request, onMessage) => {
  let cancel: (() => void) | null = null;
  let cancelled = false;
  void import('./explore').then(({ exploreInWorker }) => {
    if (!cancelled) cancel = exploreInWorker(request, onMessage);
  });
  return () => {
    cancelled = true;
    cancel?.();
  };
};
