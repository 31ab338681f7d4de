import '../components/styles/index.css';
import { loadLang, localeOf } from '../i18n';
import { isPresetId, loadPreset } from '../scenario';
import { optionsFromUrl } from './options';
import { renderPage } from './page';

/**
 * The iframe embed's page (`index.html?embed=1`): the same App in its embed mode, as its own
 * entry so the build can give it a runtime of its own (Preact's compatibility layer, see
 * vite.config.ts) and nothing of the full screen. index.html's boot script loads this entry
 * or main.tsx, never both.
 */
const options = { ...optionsFromUrl(location.search, navigator.languages), mode: 'embed' as const };
document.documentElement.lang = localeOf(options.lang);
// The first screen is drawn in its language, never in English first, and of the presets only
// the one the link names is downloaded.
const named = options.run.preset;
await Promise.all([
  loadLang(options.lang),
  named !== null && isPresetId(named) ? loadPreset(named) : null,
]);

// The embed has no safety lab, so it never starts a search, and it never shows the full screen.
renderPage(options, { syncUrl: false, exports: null, explore: null }, null);
