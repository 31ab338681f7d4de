import { createContext, useContext } from 'react';
import type { Explorer } from '../sim/explore';

/** What the author of an embed snippet chooses beside the run itself. */
export interface EmbedChoice {
  autoplay: boolean;
  loop: boolean;
}

/**
 * What the page hosting this Paxoscope can do, decided by the host (the app page, an iframe,
 * a custom element) rather than by components. A capability a host lacks is null, and the
 * components offering it stay hidden: a page saved to disk has no app to link to, and only the
 * app page can build embed snippets and saved pages.
 */
export interface Host {
  /** The full app's link to the run on screen. */
  link: (() => string) | null;
  /** The `<iframe>` snippet that embeds the run on screen. */
  embedSnippet: ((choice: EmbedChoice) => string) | null;
  /** Downloads the run on screen as one self-contained HTML file. */
  savePage: (() => Promise<void>) | null;
  /**
   * Starts the worker that strokes the diagram's arrows off the page's thread. Only the app
   * page serves the worker's script beside itself; elsewhere the page paints.
   */
  arrowPainter: (() => Worker) | null;
  /** Runs the safety lab's search off the page (a worker beside the app). */
  explore: Explorer | null;
}

export const HostContext = createContext<Host>({
  link: () => location.href,
  embedSnippet: null,
  savePage: null,
  arrowPainter: null,
  explore: null,
});

export function useHost(): Host {
  return useContext(HostContext);
}
