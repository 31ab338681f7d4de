import '../components/styles/index.css';
import { MainScreen } from '../components/MainScreen';
import { loadLang, localeOf } from '../i18n';
import { addPresetFiles } from '../scenario';
import { PRESET_FILES } from '../scenario/presets/files';
import { exploreInWorker } from './explore';
import { optionsFromUrl } from './options';
import { renderPage } from './page';

// The scenario picker lists every preset by its title, so the app bundles them all.
addPresetFiles(PRESET_FILES);

const options = optionsFromUrl(location.search, navigator.languages);
// The build names its own element here, so a saved page inlines the element of this very build.
const elementFile =
  document.querySelector<HTMLMetaElement>('meta[name="paxoscope-element"]')?.content ??
  'paxos-scope-full.js';
document.documentElement.lang = localeOf(options.lang);
// The first screen is drawn in its language, never in English first.
await loadLang(options.lang);

// The app page's first screen is the full one, so it is a static import: fetched with the
// entry, in parallel, instead of asked for after the entry has run (a round trip and a parse
// later). The iframe embed, which never shows it, is an entry of its own.
renderPage(
  options,
  {
    syncUrl: options.mode !== 'embed',
    exports: options.mode !== 'embed' ? { elementFile } : null,
    explore: exploreInWorker,
  },
  MainScreen,
);
