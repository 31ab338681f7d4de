import type { Lang } from '../i18n';
import { localeOf } from '../i18n';
import type { Theme } from '../store';
import { attributes, escapeHtml } from './html';

export interface SavedPage {
  /** The full element's script (dist/paxos-scope-full.<hash>.js, of the app's own build), inlined whole. */
  script: string;
  /** The run, as the link codec writes it (scenario or s, e, t, n, lang). */
  run: URLSearchParams;
  theme: Theme;
  /** Where the full app lives, for the page's Share button; null when it has none. */
  appUrl: string | null;
  title: string;
  lang: Lang;
}

/**
 * Keeps a script from ending its `<script>` element early: `</script` and `<!--` never occur in
 * it, rewritten with a backslash that JavaScript reads as nothing (in strings, templates and
 * regular expressions alike; the minified bundle has them nowhere else).
 */
export function inlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * One HTML file that shows a run with the whole app and needs nothing else: no network, no
 * server (it opens from disk). The run travels as the element's attributes, so the saved page
 * opens exactly as the link would.
 */
export function savedPageHtml(page: SavedPage): string {
  const attrs: [string, string][] = [['full', ''], ...page.run];
  if (page.theme !== 'system') attrs.push(['theme', page.theme]);
  if (page.appUrl !== null) attrs.push(['app', page.appUrl]);
  return `<!doctype html>
<html lang="${localeOf(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>html,body{margin:0;height:100%}paxos-scope{display:block;height:100dvh}</style>
</head>
<body>
<paxos-scope ${attributes(attrs)}></paxos-scope>
<script>${inlineScript(page.script)}</script>
</body>
</html>
`;
}
