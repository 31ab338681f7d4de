import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import elementCss from '../components/styles/element.css?inline';
import appCss from '../components/styles/index.css?inline';
import { addLang } from '../i18n';
import { zh } from '../i18n/zh';
import { addPresetFiles } from '../scenario';
import { PRESET_FILES } from '../scenario/presets/files';
import { App } from './App';
import { appUrlOf } from './links';
import { readOptions } from './options';
import type { Options } from './options';

/**
 * `<paxos-scope scenario="basic" autoplay>`: Paxoscope in a page without an iframe, from one
 * script (dist/paxos-scope.js, built from this file). Each element is its own App — its own
 * store, loop, keyboard and theme — in its own shadow root, so the host page's CSS cannot
 * restyle it and two elements on one page play independently.
 */

// Read while this script runs: the folder it was loaded from is where the full app lives.
const scriptSrc =
  document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

/** The attributes the element reads: readOptions' names, plus `full` and `app`. */
const ATTRIBUTES = [
  'scenario',
  's',
  'e',
  'seed',
  't',
  'n',
  'lang',
  'theme',
  'motion',
  'bug',
  'autoplay',
  'loop',
  'speed',
  'start',
  'stop',
  'controls',
  'full',
  'app',
];

/** The element's options: its attributes through the page's own parser; `full` shows the whole app. */
export function elementOptions(element: Element, preferred: readonly string[]): Options {
  const options = readOptions((name) => element.getAttribute(name), preferred);
  return { ...options, mode: element.hasAttribute('full') ? 'full' : 'embed' };
}

// One file holds everything, so Chinese and every preset are at hand at once, and an element
// mounts synchronously.
addLang('zh', zh);
addPresetFiles(PRESET_FILES);

const css = `${appCss}\n${elementCss}`;

// One parsed stylesheet shared by every element on the page, where the browser can share one
// (since 2023); older browsers get a <style> of their own in each element.
const sheet = 'adoptedStyleSheets' in Document.prototype ? new CSSStyleSheet() : null;
sheet?.replaceSync(css);

function styleShadow(shadow: ShadowRoot): void {
  if (sheet !== null) shadow.adoptedStyleSheets = [sheet];
  else if (shadow.querySelector('style') === null) {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

export class PaxosScopeElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #root: Root | null = null;
  #wrapper: HTMLDivElement | null = null;
  #remounting = false;

  connectedCallback(): void {
    this.#mount();
  }

  disconnectedCallback(): void {
    this.#unmount();
  }

  /** Attributes are read at mount; a change (often several at once) re-creates the instance. */
  attributeChangedCallback(): void {
    if (this.#root === null || this.#remounting) return;
    this.#remounting = true;
    queueMicrotask(() => {
      this.#remounting = false;
      if (this.#root === null) return;
      this.#unmount();
      this.#mount();
    });
  }

  #mount(): void {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    styleShadow(shadow);
    // Focusable, so its keys (Space, arrows) work once it is clicked or tabbed to.
    if (!this.hasAttribute('tabindex')) this.tabIndex = 0;
    const wrapper = document.createElement('div');
    wrapper.className = 'px-scope';
    shadow.append(wrapper);
    this.#wrapper = wrapper;
    this.#root = createRoot(wrapper);
    this.#root.render(
      <StrictMode>
        <App
          options={elementOptions(this, navigator.languages)}
          mount={{
            keys: this,
            themeRoot: wrapper,
            syncUrl: false,
            appUrl: appUrlOf(this.getAttribute('app'), scriptSrc),
            flags: new URLSearchParams(),
            exports: null,
            // One script, often from another origin, which a worker cannot be started from.
            arrowPainter: null,
            explore: null,
          }}
        />
      </StrictMode>,
    );
  }

  #unmount(): void {
    this.#root?.unmount();
    this.#root = null;
    this.#wrapper?.remove();
    this.#wrapper = null;
  }
}

if (customElements.get('paxos-scope') === undefined)
  customElements.define('paxos-scope', PaxosScopeElement);
