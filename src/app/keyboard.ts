import type { PaxosStore } from '../store';
import {
  fitRun,
  letGo,
  reset,
  setPresenting,
  stepBack,
  next,
  toEnd,
  toggleBlank,
  togglePlay,
  undo,
} from '../store';

/**
 * Lecture keys (a text field keeps its keys, a focused slider its arrows): Space plays and pauses; → and PageDown step; ← and PageUp step back
 * (presentation clickers send PageDown and PageUp); Home and End go to the start and the end;
 * F fits the whole run in the diagram; P enters or leaves presenter mode, where B or . blanks
 * the screen; Escape lets go of a picked slot or a clicked message, and with nothing picked
 * leaves presenter mode (an open menu, panel or the lab takes its Escape first and stops it);
 * Ctrl+Z (⌘Z) undoes the last lever. Keys typed into a form field stay there,
 * and Space on a focused button presses that button only. `target` is the document for a page
 * or an iframe, and the element itself for `<paxos-scope>`, so two on one page never both answer.
 */
const SLIDER_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
]);

/** Fields that take typed text keep every key (Ctrl+Z included); checkboxes, sliders and buttons do not type. */
function typesText(element: HTMLElement | null): boolean {
  if (element === null) return false;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable)
    return true;
  if (element.tagName !== 'INPUT') return false;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'file'].includes(
    (element as HTMLInputElement).type,
  );
}

export function attachKeyboard(target: HTMLElement | Document, store: PaxosStore): () => void {
  const onKey = (event: Event) => {
    const e = event as KeyboardEvent;
    // The element the key went to, even inside <paxos-scope>'s shadow root (where the
    // listener on the element itself would see the element as the target).
    const element = (e.composedPath()[0] ?? e.target) as HTMLElement | null;
    const tag = element?.tagName;
    if (typesText(element)) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
      undo(store);
      e.preventDefault();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    // A focused slider keeps the keys it moves by; the rest (Space, P, B) still drive playback.
    if (tag === 'INPUT' && SLIDER_KEYS.has(e.key)) return;
    switch (e.key) {
      case ' ':
        if (tag === 'BUTTON') return;
        togglePlay(store);
        break;
      case 'ArrowRight':
      case 'PageDown':
        next(store);
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
      case 'f':
      case 'F':
        fitRun(store);
        break;
      case 'p':
      case 'P':
        setPresenting(store, !store.getState().presenting);
        break;
      case 'b':
      case 'B':
      case '.':
        if (!store.getState().presenting) return;
        toggleBlank(store);
        break;
      case 'Escape':
        if (letGo(store)) break;
        if (!store.getState().presenting) return;
        setPresenting(store, false);
        break;
      default:
        return;
    }
    e.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
