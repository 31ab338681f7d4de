import type { Explorer } from '../sim/explore';

/**
 * The safety lab's search in a Web Worker: the page never waits for it, and cancelling ends
 * the worker outright (a search cannot be interrupted from outside otherwise). Vite builds the
 * worker as a file of its own, loaded only when a search starts.
 */
export const exploreInWorker: Explorer = (request, onMessage) => {
  const worker = new Worker(new URL('../workers/explore.worker.ts', import.meta.url), {
    type: 'module',
  });
  worker.onmessage = (event) => {
    onMessage(event.data);
    if (event.data.kind === 'done' || event.data.kind === 'failed') worker.terminate();
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    onMessage({ kind: 'failed', error: event.message || 'the search worker stopped' });
  };
  worker.postMessage(request);
  return () => worker.terminate();
};
