import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../components/styles/index.css';
import { localeOf } from '../i18n';
import { App } from './App';
import { exploreInWorker } from './explore';
import { registerServiceWorker } from './offline';
import { optionsFromUrl } from './options';

const options = optionsFromUrl(location.search, navigator.languages);
document.documentElement.lang = localeOf(options.lang);

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
        exports: options.mode !== 'embed',
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
