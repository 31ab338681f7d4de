import { createContext, useContext } from 'react';

/**
 * What the page hosting this Paxoscope can do, decided by the host (the app page, an iframe,
 * a custom element) rather than by components: the link that reproduces the run on screen.
 */
export interface Host {
  link(): string;
}

export const HostContext = createContext<Host>({ link: () => location.href });

export function useHost(): Host {
  return useContext(HostContext);
}
