import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect, useState } from 'react';
import type { PresetId } from '../scenario';
import { isPresetId, preset } from '../scenario';
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
import { MainScreen } from '../components/MainScreen';
import { attachKeyboard } from './keyboard';
import type { UrlRequest } from './url';

/** The preset the address asks for, or the basic one with the reason it could not be opened. */
function scenarioFor(id: string): { presetId: PresetId; error: string | null } {
  if (isPresetId(id)) return { presetId: id, error: null };
  return { presetId: 'basic', error: `unknown scenario ${JSON.stringify(id)}` };
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** One Paxoscope: its own store, animation loop and keyboard, around the main screen. */
export function App({ request }: { request: UrlRequest }) {
  const [{ store, error }] = useState(() => {
    const { presetId, error } = scenarioFor(request.scenario);
    return { store: createPaxosStore(runOf(preset(presetId), [], presetId), request.lang), error };
  });

  useEffect(() => attachLoop(store, browserClock), [store]);
  useEffect(() => attachKeyboard(document, store), [store]);
  useEffect(() => {
    setMotion(store, request.motion ?? !prefersReducedMotion());
  }, [store, request.motion]);
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
      <Motion>
        <MainScreen error={error} />
      </Motion>
    </StoreContext.Provider>
  );
}

/** framer-motion with only the DOM features loaded, switched off entirely when motion is off. */
function Motion({ children }: { children: React.ReactNode }) {
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
