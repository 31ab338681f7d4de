import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../components/styles/index.css';
import { loadLang, localeOf } from '../i18n';
import { addPresetFiles } from '../scenario';
import { PRESET_FILES } from '../scenario/presets/files';
import { App } from './App';
import { exploreInWorker } from './explore';
import { registerServiceWorker } from './offline';
import { optionsFromUrl } from './options';

// The scenario picker lists every preset by its title, so the app bundles them all.
addPresetFiles(PRESET_FILES);

const options = optionsFromUrl(location.search, navigator.languages);
// The build names its own element here, so a saved page inlines the element of this very build.
const elementFile =
  document.querySelector<HTMLMetaElement>('meta[name="paxoscope-element"]')?.content ??
  'paxos-scope.js';
document.documentElement.lang = localeOf(options.lang);
// The first screen is drawn in its language, never in English first.
await loadLang(options.lang);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App
      options={options}
      mount={{
        keys: document,
        themeRoot: document.documentElement,
        syncUrl: options.mode !== 'embed',
        appUrl: `${location.origin}${location.pathname}`,
        flags: new URLSearchParams(location.search),
        exports: options.mode !== 'embed' ? { elementFile } : null,
        arrowPainter: () =>
          new Worker(new URL('../components/Swimlanes/arrowPainter.worker.ts', import.meta.url), {
            type: 'module',
          }),
        explore: exploreInWorker,
      }}
    />
  </StrictMode>,
);

registerServiceWorker();
