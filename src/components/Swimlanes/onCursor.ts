import type { PaxosStore } from '../../store';

/**
 * Calls `place` with the cursor now and each time it moves, outside React: the cursor changes
 * every frame while playing, and what follows it (the packets, the cursor line) is moved in
 * the DOM directly. Returns the unsubscribe, for an effect's cleanup.
 */
export function onCursor(store: PaxosStore, place: (cursor: number) => void): () => void {
  place(store.getState().cursor);
  return store.subscribe((s, previous) => {
    if (s.cursor !== previous.cursor) place(s.cursor);
  });
}
