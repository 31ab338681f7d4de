import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { HostContext } from '../components/host';
import type { Host } from '../components/host';
import { MainScreen } from '../components/MainScreen';
import {
  attachLoop,
  browserClock,
  createPaxosStore,
  pause,
  runOf,
  setMotion,
  StoreContext,
  usePaxos,
} from '../store';
import type { PaxosStore } from '../store';
import { stepsThrough, worldAfter } from '../trace';
import { attachKeyboard } from './keyboard';
import { openRun } from './link';
import type { Options } from './options';
import { attachUrlSync, shareLink } from './urlSync';

/** A store for what the options ask to open, at the position they name. */
function storeFor(options: Options): { store: PaxosStore; error: string | null } {
  const opened = openRun(options.run);
  const store = createPaxosStore(runOf(opened.base, opened.edits, opened.presetId), options.lang);
  const { trace } = store.getState();
  if (opened.cursor !== null || opened.step !== null) {
    const cursor = Math.min(Math.max(opened.cursor ?? 0, 0), trace.end);
    const step = Math.min(
      Math.max(Math.round(opened.step ?? stepsThrough(trace, cursor)), 0),
      trace.steps.length,
    );
    store.setState({ cursor, step, world: worldAfter(trace, step) });
  }
  if (options.mode === 'present') store.setState({ presenting: true });
  return { store, error: opened.error };
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

interface Props {
  options: Options;
  /** The page keeps its address in step with the run; embedded instances leave their host's alone. */
  syncUrl: boolean;
}

/** One Paxoscope: its own store, animation loop and keyboard, around the screen its mode asks for. */
export function App({ options, syncUrl }: Props) {
  const [{ store, error }] = useState(() => storeFor(options));

  const [host] = useState<Host>(() => ({ link: () => shareLink(store) }));

  useEffect(() => attachLoop(store, browserClock), [store]);
  useEffect(() => attachKeyboard(document, store), [store]);
  useEffect(() => (syncUrl ? attachUrlSync(store) : undefined), [store, syncUrl]);
  useEffect(() => {
    setMotion(store, options.motion ?? !prefersReducedMotion());
  }, [store, options.motion]);
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
        <Motion>
          <MainScreen error={error} />
        </Motion>
      </HostContext.Provider>
    </StoreContext.Provider>
  );
}

/** framer-motion with only the DOM features loaded, switched off entirely when motion is off. */
function Motion({ children }: { children: ReactNode }) {
  const motion = usePaxos((s) => s.motion);
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig
        reducedMotion={motion ? 'never' : 'always'}
        transition={motion ? undefined : { duration: 0 }}
      >
        {children}
      </MotionConfig>
    </LazyMotion>
  );
}
