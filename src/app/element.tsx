import { addLang } from '../i18n';
import { addPresetFiles } from '../scenario';
import type { DataScript, FullScript } from './besideScripts';
import { DATA_SCRIPT, FULL_SCRIPT, loadBeside } from './besideScripts';
import { defineElement, elementOptions, renderApp } from './scopeElement';
import type { RenderElement } from './scopeElement';

/**
 * dist/paxos-scope.js, what a blog loads: `<paxos-scope scenario="basic" autoplay>` shows one
 * run with the embed's screen, from one classic script that holds what an English embed of the
 * basic run needs. Chinese and the other presets (paxos-scope-data.js) and the whole app for an
 * element with `full` (paxos-scope-full.js, which then draws that element) load from beside
 * this script when an element asks for them, so a reader of a blog post never downloads the
 * toolbar, the levers, the lab or the exports (docs/architecture.md, "The custom element").
 */

// Read while this script runs: the folder it was loaded from is where the full app lives.
const scriptSrc =
  document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** Whether `element` shows something this script does not carry: Chinese or another preset. */
function needsData(element: HTMLElement): boolean {
  const { lang, run } = elementOptions(element, navigator.languages);
  return lang !== 'en' || (run.preset !== null && run.preset !== 'basic');
}

async function loadData(): Promise<void> {
  const data = await loadBeside<DataScript>(DATA_SCRIPT, scriptSrc);
  addLang('zh', data.zh);
  addPresetFiles(data.presets);
}

/** What `element` is drawn by once its scripts are here: this script's App, or the full one's. */
async function rendererOf(element: HTMLElement): Promise<RenderElement> {
  if (element.hasAttribute('full')) {
    const full = await loadBeside<FullScript>(FULL_SCRIPT, scriptSrc);
    return (el, wrapper) => full.renderFull(el, wrapper, scriptSrc);
  }
  if (needsData(element)) await loadData();
  return (el, wrapper) => renderApp(el, wrapper, scriptSrc, null);
}

defineElement((element, wrapper) => {
  // The common case, and the only one for a script inlined into a page (no folder to load
  // from), draws at once.
  const atHand = !element.hasAttribute('full') && !needsData(element);
  if (atHand || scriptSrc === '') return renderApp(element, wrapper, scriptSrc, null);
  let unmount: (() => void) | null = null;
  let removed = false;
  rendererOf(element).then(
    (render) => {
      if (!removed) unmount = render(element, wrapper);
    },
    (error: unknown) => {
      // The run is still worth showing with what is here; the reason goes to the console.
      console.error('<paxos-scope>:', error);
      if (!removed) unmount = renderApp(element, wrapper, scriptSrc, null);
    },
  );
  return () => {
    removed = true;
    unmount?.();
  };
});
