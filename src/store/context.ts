import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { PaxosStore, State } from './state';

export const StoreContext = createContext<PaxosStore | null>(null);

/** The store of the Paxoscope instance this component belongs to. */
export function useStoreApi(): PaxosStore {
  const store = useContext(StoreContext);
  if (store === null) throw new Error('Paxoscope components need a StoreContext provider');
  return store;
}

/** Subscribes to one slice of state; re-renders only when it changes. */
export function usePaxos<T>(selector: (state: State) => T): T {
  return useStore(useStoreApi(), selector);
}
