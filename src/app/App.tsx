import { lazy, Suspense, useEffect, useLayoutEffect, useState } from 'react';
import { EmbedScreen } from '../components/EmbedScreen';
import { HostContext } from '../components/hostContext';
import type { Host } from '../components/hostContext';
import {
  attachLoop,
  attachRecorder,
  browserClock,
  browserScheduler,
  pause,
  play,
  setMotion,
  StoreContext,
} from '../store';
import type { PaxosStore, Theme } from '../store';
import type { HostPlace } from './host';
import { hostFor } from './host';
import { attachKeyboard } from './keyboard';
import { openStore } from './opening';
import type { Options } from './options';
import { attachUrlSync } from './urlSync';

// The full screen loads on demand: an embed never downloads the levers, the narration, the
// scenario picker or the exports.
const MainScreen = lazy(() =>
  import('../components/MainScreen').then((module) => ({ default: module.MainScreen })),
);

/** Where one Paxoscope runs: the app page, an iframe embed, or a `<paxos-scope>` element. */
export interface Mount extends HostPlace {
  /** Where keys are listened for: the document of a page or an iframe, or the element itself. */
  keys: HTMLElement | Document;
  /** The element whose class sets the theme: `<html>`, or the element's shadow wrapper. */
  themeRoot: HTMLElement;
  /** The page keeps its address in step with the run; embeds leave their host's alone. */
  syncUrl: boolean;
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Keeps the theme class of `root` in step with the store (no class: follow the system). */
function attachTheme(store: PaxosStore, root: HTMLElement): () => void {
  const apply = (theme: Theme) => {
    root.classList.toggle('px-theme-light', theme === 'light');
    root.classList.toggle('px-theme-dark', theme === 'dark');
  };
  apply(store.getState().theme);
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.theme !== previous.theme) apply(s.theme);
  });
  return () => {
    unsubscribe();
    apply('system');
  };
}

/**
 * One Paxoscope: its own store, animation loop, keyboard and theme, around the screen its mode
 * asks for. The page, the iframe embed and the custom element all render this; only the Mount
 * (where it lives) differs.
 */
export function App({ options, mount }: { options: Options; mount: Mount }) {
  const [{ store, error }] = useState(() => openStore(options));
  const [host] = useState<Host>(() => hostFor(store, mount));

  useEffect(() => attachLoop(store, browserClock), [store]);
  useEffect(() => attachRecorder(store, browserScheduler), [store]);
  useEffect(() => attachKeyboard(mount.keys, store), [store, mount.keys]);
  useEffect(() => (mount.syncUrl ? attachUrlSync(store) : undefined), [store, mount.syncUrl]);
  // Before the first paint, so a pinned theme never flashes the other one.
  useLayoutEffect(() => attachTheme(store, mount.themeRoot), [store, mount.themeRoot]);
  useEffect(() => {
    setMotion(store, options.motion ?? !prefersReducedMotion());
  }, [store, options.motion]);
  useEffect(() => {
    if (options.autoplay) play(store);
  }, [store, options.autoplay]);
  // A classroom laptop must not burn CPU in a background tab.
  useEffect(() => {
    const onVisibility = () => {
      if (document.hidden) pause(store);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [store]);

  return (
    <StoreContext.Provider value={store}>
      <HostContext.Provider value={host}>
        {options.mode === 'embed' ? (
          <EmbedScreen controls={options.controls} error={error} />
        ) : (
          <Suspense fallback={null}>
            <MainScreen error={error} />
          </Suspense>
        )}
      </HostContext.Provider>
    </StoreContext.Provider>
  );
}
