import { MainScreen } from '../components/MainScreen';
import { addLang } from '../i18n';
import { zh } from '../i18n/zh';
import { addPresetFiles } from '../scenario';
import { PRESET_FILES } from '../scenario/presets/files';
import type { FullScript } from './besideScripts';
import { defineElement, renderApp } from './scopeElement';

/**
 * dist/paxos-scope-full.js: `<paxos-scope>` with the whole app in one classic script. The
 * compact paxos-scope.js loads it for elements with `full`; a saved page inlines it alone, so
 * it also defines the element when nothing has (docs/architecture.md).
 */

const scriptSrc =
  document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

addLang('zh', zh);
addPresetFiles(PRESET_FILES);

/** What the compact script calls (on the global `PaxosScopeFull`) for an element with `full`. */
export const renderFull: FullScript['renderFull'] = (element, wrapper, src) =>
  renderApp(element, wrapper, src, MainScreen);

defineElement((element, wrapper) => renderApp(element, wrapper, scriptSrc, MainScreen));
