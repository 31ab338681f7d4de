import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import elementCss from '../components/styles/element.css?inline';
import appCss from '../components/styles/index.css?inline';
import type { MainScreenSlot } from './App';
import { App } from './App';
import { appUrlOf } from './links';
import { readOptions } from './options';
import type { Options } from './options';

/**
 * What `<paxos-scope>` is, whichever of its two scripts defines it: the attributes it reads,
 * its shadow root's styles, and one App per element. dist/paxos-scope.js (element.tsx) shows
 * the embed's screen and loads dist/paxos-scope-full.js (elementFull.tsx) beside itself for an
 * element with `full`; a saved page inlines the full script alone.
 */

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

/** Draws one element's App into `wrapper` (in its shadow root); returns what unmounts it. */
export type RenderElement = (element: HTMLElement, wrapper: HTMLDivElement) => () => void;

/**
 * Renders App for `element`, with the full screen when the script has one (`mainScreen`).
 * `scriptSrc` is the address of the script that defined the element: the folder it came from
 * is where the full app lives, for the Open in Paxoscope link.
 */
export function renderApp(
  element: HTMLElement,
  wrapper: HTMLDivElement,
  scriptSrc: string,
  mainScreen: MainScreenSlot | null,
): () => void {
  const root = createRoot(wrapper);
  root.render(
    <StrictMode>
      <App
        options={elementOptions(element, navigator.languages)}
        mainScreen={mainScreen}
        mount={{
          keys: element,
          themeRoot: wrapper,
          syncUrl: false,
          appUrl: appUrlOf(element.getAttribute('app'), scriptSrc),
          flags: new URLSearchParams(),
          exports: null,
          // One script, often from another origin, which a worker cannot be started from.
          arrowPainter: null,
          explore: null,
        }}
      />
    </StrictMode>,
  );
  return () => root.unmount();
}

/**
 * Defines `<paxos-scope>` (once per page: the first script to run defines it) drawing each
 * element with `render`. Each element is its own App — its own store, loop, keyboard and
 * theme — in its own shadow root, so the host page's CSS cannot restyle it and two elements on
 * one page play independently.
 */
export function defineElement(render: RenderElement): void {
  if (customElements.get('paxos-scope') !== undefined) return;

  class PaxosScopeElement extends HTMLElement {
    static observedAttributes = ATTRIBUTES;
    #unmountApp: (() => void) | null = null;
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
      if (this.#unmountApp === null || this.#remounting) return;
      this.#remounting = true;
      queueMicrotask(() => {
        this.#remounting = false;
        if (this.#unmountApp === null) return;
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
      this.#unmountApp = render(this, wrapper);
    }

    #unmount(): void {
      this.#unmountApp?.();
      this.#unmountApp = null;
      this.#wrapper?.remove();
      this.#wrapper = null;
    }
  }

  customElements.define('paxos-scope', PaxosScopeElement);
}
