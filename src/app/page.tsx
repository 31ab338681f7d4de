import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { MainScreenSlot, Mount } from './App';
import { App } from './App';
import type { Options } from './options';
import { registerServiceWorker } from './offline';

/**
 * Draws the App on a page of its own (the app page or the iframe embed, each its own entry):
 * keys from the document, the theme on `<html>`, the page's own address and flags, the arrow
 * painter served beside the page. An entry says only what differs: whether the address follows
 * the run, what it exports, whether it can search and whether it has the full screen.
 */
export function renderPage(
  options: Options,
  own: Pick<Mount, 'syncUrl' | 'exports' | 'explore'>,
  mainScreen: MainScreenSlot | null,
): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        options={options}
        mainScreen={mainScreen}
        mount={{
          keys: document,
          themeRoot: document.documentElement,
          appUrl: `${location.origin}${location.pathname}`,
          flags: new URLSearchParams(location.search),
          arrowPainter: () =>
            new Worker(new URL('../workers/arrowPainter.worker.ts', import.meta.url), {
              type: 'module',
            }),
          ...own,
        }}
      />
    </StrictMode>,
  );
  registerServiceWorker();
}
