import type { PaxosStore } from './state';

/**
 * Opens or closes the safety lab's drawer. It lives in the store, not in the button, because
 * the quorum view moves into the drawer while it is open and back beside the narration after.
 */
export function setLabOpen(store: PaxosStore, open: boolean): void {
  store.setState(({ lab }) => (lab.open === open ? {} : { lab: { ...lab, open } }));
}
