import { LazyMotion, MotionConfig, domAnimation } from 'framer-motion';
import { useEffect, useState } from 'react';
import basic from '../scenario/presets/basic.json';
import type { Scenario } from '../scenario';
import { formatError, validateScenario } from '../scenario';
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

const PRESETS: Record<string, unknown> = { basic };

/** The scenario the address asks for, or the basic one with the reason it could not be opened. */
function scenarioFor(id: string): { scenario: Scenario; error: string | null } {
  const fallback = validateScenario(basic);
  if (!fallback.ok)
    throw new Error(`the basic preset is invalid: ${formatError(fallback.errors[0]!)}`);
  const data = Object.hasOwn(PRESETS, id) ? PRESETS[id] : undefined;
  if (data === undefined)
    return { scenario: fallback.scenario, error: `unknown scenario ${JSON.stringify(id)}` };
  const result = validateScenario(data);
  return result.ok
    ? { scenario: result.scenario, error: null }
    : { scenario: fallback.scenario, error: formatError(result.errors[0]!) };
}

const prefersReducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** One Paxoscope: its own store, animation loop and keyboard, around the main screen. */
export function App({ request }: { request: UrlRequest }) {
  const [{ store, error }] = useState(() => {
    const { scenario, error } = scenarioFor(request.scenario);
    return { store: createPaxosStore(runOf(scenario), request.lang), error };
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
