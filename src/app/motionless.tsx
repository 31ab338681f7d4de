import { createContext, useContext, useLayoutEffect, useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';

/**
 * The part of framer-motion the message tooltip uses (LazyMotion, MotionConfig, AnimatePresence,
 * m.div with an opacity fade), for the compact `<paxos-scope>` only: framer-motion was about
 * 30 KB gzip of that script for one 120 ms fade. The element's build puts this module where
 * framer-motion is imported (scripts/build/substitute.ts), as it puts Preact where React is, so
 * the tooltip is the app's own component. The fade in is the Web Animations API's; leaving, the
 * tooltip goes at once (AnimatePresence's exit is the part not kept). The app keeps framer-motion.
 */

interface Config {
  reducedMotion?: 'never' | 'always' | 'user';
  transition?: { duration?: number };
}

const ConfigContext = createContext<Config>({});

export const domAnimation = {};

export function LazyMotion({
  children,
}: {
  children: ReactNode;
  features?: unknown;
  strict?: boolean;
}) {
  return <>{children}</>;
}

export function MotionConfig({ children, ...config }: Config & { children: ReactNode }) {
  return <ConfigContext.Provider value={config}>{children}</ConfigContext.Provider>;
}

export function AnimatePresence({ children }: { children?: ReactNode }) {
  return <>{children}</>;
}

interface Opacity {
  opacity: number;
}

interface MotionDivProps {
  className?: string;
  role?: string;
  style?: CSSProperties;
  initial?: Opacity;
  animate?: Opacity;
  exit?: Opacity;
  transition?: { duration?: number };
  children?: ReactNode;
}

function MotionDiv({ initial, animate, exit: _exit, transition, style, ...props }: MotionDivProps) {
  const config = useContext(ConfigContext);
  const ref = useRef<HTMLDivElement>(null);
  const faded = useRef(false);
  const from = initial?.opacity;
  const to = animate?.opacity;
  const still = config.reducedMotion === 'always' || config.transition?.duration === 0;
  const seconds = transition?.duration ?? 0.3;
  // Once, when the div first appears: later renders (every step while hovering) do not fade.
  useLayoutEffect(() => {
    if (faded.current) return;
    faded.current = true;
    const div = ref.current;
    if (still || from === undefined || to === undefined || div === null || !div.animate) return;
    div.animate([{ opacity: from }, { opacity: to }], { duration: seconds * 1000 });
  }, [still, from, to, seconds]);
  return <div ref={ref} style={{ ...style, opacity: to }} {...props} />;
}

export const m = { div: MotionDiv };
