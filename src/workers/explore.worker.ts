import type { ExploreMessage, ExploreRequest } from '../sim/explore';
import { serveExplore } from '../sim/explore';

/**
 * The counterexample search, off the page's thread: the page stays responsive however long
 * the search runs, and Cancel simply terminates this worker. One request per worker.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExploreRequest>) => void) | null;
  postMessage(message: ExploreMessage): void;
};

scope.onmessage = (event) => {
  serveExplore(
    event.data,
    () => performance.now(),
    (message) => scope.postMessage(message),
  );
};
