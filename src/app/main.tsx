import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../components/styles/index.css';
import { App } from './App';
import { exploreLater } from './exploreLater';
import { registerServiceWorker } from './offline';
import { optionsFromUrl } from './options';

const options = optionsFromUrl(location.search, navigator.languages);
document.documentElement.lang = options.lang === 'zh' ? 'zh-CN' : 'en';

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
        explore: exploreLater,
      }}
    />
  </StrictMode>,
);

registerServiceWorker();
