import type { Host } from '../components/hostContext';
import { pick, t } from '../i18n';
import type { Explorer } from '../sim/explore';
import type { PaxosStore } from '../store';
import { iframeSnippet } from './html';
import { encodeRun } from './link';
import { embedParams, pageParams, withQuery } from './links';
import { savedPageHtml } from './savedPage';

/** Where one Paxoscope instance lives, as far as links and exports are concerned. */
export interface HostPlace {
  /** The full app's address (origin and path), or null when there is none to link to. */
  appUrl: string | null;
  /** The page flags the instance was opened with (empty for the custom element). */
  flags: URLSearchParams;
  /**
   * Only the app page makes snippets and saved pages: it serves the element beside itself, under
   * the name its build gave this build's element (paxos-scope-full.<hash>.js; paxos-scope-full.js in dev).
   */
  exports: { elementFile: string } | null;
  /** The arrow painter worker, where its script is served beside the page (see Host). */
  arrowPainter: (() => Worker) | null;
  /** Only the app page starts search workers (its build has them as files of their own). */
  explore: Explorer | null;
}

/** The script the saved page inlines, from beside the app (or from the offline cache). */
async function elementScript(appUrl: string, file: string): Promise<string> {
  const response = await fetch(new URL(file, appUrl));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.text();
}

function download(name: string, html: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The Host the components see: links, snippets and saved pages of the run in `store`. */
export function hostFor(store: PaxosStore, place: HostPlace): Host {
  const { appUrl, flags, exports, arrowPainter, explore } = place;
  if (appUrl === null)
    return { link: null, embedSnippet: null, savePage: null, arrowPainter, explore };
  const titleOf = () => {
    const { scenario, lang } = store.getState();
    return pick(scenario.title, lang) || scenario.name || 'Paxos';
  };
  return {
    link: () => withQuery(appUrl, pageParams(store.getState(), flags)),
    embedSnippet: exports
      ? (choice) => {
          const state = store.getState();
          const src = withQuery(appUrl, embedParams(state, flags, choice));
          return iframeSnippet(src, t(state.lang, 'embed.iframeTitle', { title: titleOf() }));
        }
      : null,
    savePage: exports
      ? async () => {
          const script = await elementScript(appUrl, exports.elementFile);
          const state = store.getState();
          const html = savedPageHtml({
            script,
            run: encodeRun(state, state.lang),
            theme: state.theme,
            appUrl,
            title: `Paxoscope — ${titleOf()}`,
            lang: state.lang,
          });
          download(`paxoscope-${state.presetId ?? 'scenario'}.html`, html);
        }
      : null,
    arrowPainter,
    explore,
  };
}
