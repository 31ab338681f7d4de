import { lazy } from 'react';

/**
 * The full screen, loaded on demand: a page opened in the embed's mode never downloads the
 * levers, the narration, the scenario picker or the exports. Hosts that can show the full
 * screen hand this to App; the iframe embed and the compact element hand it nothing.
 */
export const LazyMainScreen = lazy(() =>
  import('../components/MainScreen').then((module) => ({ default: module.MainScreen })),
);
