import { Suspense, useEffect, useLayoutEffect, useState } from 'react';
import type { ComponentType } from 'react';
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

/** The full screen (toolbar, levers, narration, sharing), as a host that can show it gives it. */
export type MainScreenSlot = ComponentType<{ error: string | null }>;

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
 * (where it lives) differs. The full screen is the host's to give (`mainScreen`), so a host
 * that never shows it (the iframe embed, the compact element) does not carry it in its bundle;
 * without one, every mode shows the embed's screen.
 */
export function App({
  options,
  mount,
  mainScreen: MainScreen,
}: {
  options: Options;
  mount: Mount;
  mainScreen: MainScreenSlot | null;
}) {
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
        {options.mode === 'embed' || MainScreen === null ? (
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
