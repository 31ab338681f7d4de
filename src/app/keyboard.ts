import type { PaxosStore } from '../store';
import { reset, stepBack, stepForward, toEnd, togglePlay, undo } from '../store';

/**
 * Lecture keys: Space plays and pauses; → and PageDown step; ← and PageUp step back
 * (presentation clickers send PageDown and PageUp); Home and End go to the start and the end;
 * Ctrl+Z (⌘Z) undoes the last lever. Keys typed into a form field stay there,
 * and Space on a focused button presses that button only. `target` is the document for a page
 * or an iframe, and the element itself for `<paxos-scope>`, so two on one page never both answer.
 */
export function attachKeyboard(target: HTMLElement | Document, store: PaxosStore): () => void {
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
      undo(store);
      e.preventDefault();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // The element the key went to, even inside <paxos-scope>'s shadow root (where the
    // listener on the element itself would see the element as the target).
    const element = (e.composedPath()[0] ?? e.target) as HTMLElement | null;
    const tag = element?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || element?.isContentEditable)
      return;
    switch (e.key) {
      case ' ':
        if (tag === 'BUTTON') return;
        togglePlay(store);
        break;
      case 'ArrowRight':
      case 'PageDown':
        stepForward(store);
        break;
      case 'ArrowLeft':
      case 'PageUp':
        stepBack(store);
        break;
      case 'Home':
        reset(store);
        break;
      case 'End':
        toEnd(store);
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
