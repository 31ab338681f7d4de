import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { BLOG_PAGE, serveBlogPage, serveBuiltApp } from './browser';
import { machine, today, writeSection } from './report';

/**
 * The embed's budget for the JavaScript it downloads to show itself (issue 13: 80 KB, reached
 * with Preact's compatibility layer), and the element's on a blog page (issue 13: 100 KB,
 * reached by moving the full screen and the data out of paxos-scope.js).
 */
const EMBED_BUDGET_KB = 80;
const ELEMENT_BUDGET_KB = 100;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A built file's size after gzip at the level most static hosts use (zlib's default, 6). */
function gzipped(path: string): number {
  return gzipSync(readFileSync(path)).length;
}

/**
 * The JavaScript a view downloads to show itself: every script the page requests from load
 * until the network has been quiet for half a second (the entry, its static imports and the
 * chunks loaded at once, such as the full screen), measured by the files in dist/.
 */
async function scriptsOf(url: string, served: Awaited<ReturnType<typeof serveBuiltApp>>) {
  const context = await served.browser.newContext({ serviceWorkers: 'block' });
  await serveBlogPage(context, served.url);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path.slice(1));
  });
  await page.goto(url);
  await page.waitForSelector('[data-node]');
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = [...scripts].sort();
  return {
    // Chunk names without their content hashes, which change with every build.
    names: files.map((file) => file.replace(/^assets\//, '').replace(/-[\w-]{8}\.js$/, '.js')),
    bytes: files.reduce((sum, file) => sum + gzipped(`dist/${file}`), 0),
  };
}

/**
 * `npm run bench -- bundle`: builds, then measures in Chromium the JavaScript the full app,
 * the embed and a blog page with `<paxos-scope>` download to show themselves.
 */
export async function benchBundle(): Promise<void> {
  const served = await serveBuiltApp();
  try {
    const full = await scriptsOf(`${served.url}?scenario=basic`, served);
    const embed = await scriptsOf(`${served.url}?embed=1&scenario=basic`, served);
    const element = await scriptsOf(`${served.url}${BLOG_PAGE}`, served);
    const rows = [
      ['full app (`/`)', full.bytes, full.names.join(', ')],
      ['embed (`/?embed=1`)', embed.bytes, embed.names.join(', ')],
      [
        'custom element (`<paxos-scope scenario="basic">`)',
        element.bytes,
        element.names.join(', '),
      ],
    ] as const;
    writeSection(
      'bundle',
      `## Bundle: JavaScript downloaded to show each view

${today()} · ${machine()} · headless Chromium · \`npm run bench -- bundle\`

What each view downloads until its network is quiet, gzip (zlib level 6) of the built files,
in KB of 1,024 bytes; the element on a blog page that holds one. Loaded later, on demand: the
tooltip with framer-motion (first hover); beside the element, paxos-scope-data.js (Chinese,
the other presets) and paxos-scope-full.js (\`full\`). The embed and the element run on
\`preact/compat\`, the app on React. Budgets: the embed at most ${EMBED_BUDGET_KB} KB, the element
at most ${ELEMENT_BUDGET_KB} KB. Before the embed work every view loaded one chunk of 166.4 KB.

| view | JavaScript, gzip | files |
|---|---:|---|
${rows.map(([view, bytes, files]) => `| ${view} | ${kb(bytes)} KB | ${files} |`).join('\n')}`,
    );
    for (const [view, bytes] of rows) console.log(`${view}: ${kb(bytes)} KB gzip`);
    if (embed.bytes / 1024 > EMBED_BUDGET_KB)
      console.error(`bundle: the embed is over its budget of ${EMBED_BUDGET_KB} KB`);
    if (element.bytes / 1024 > ELEMENT_BUDGET_KB)
      console.error(`bundle: the element is over its budget of ${ELEMENT_BUDGET_KB} KB`);
  } finally {
    await served.close();
  }
}
