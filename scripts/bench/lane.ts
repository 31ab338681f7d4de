import type { Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { BLOG_PAGE, serveBlogPage, serveBuiltApp } from './browser';
import { formatNumber, machine, median, today, writeSection } from './report';

/** Page loads per view; views alternate, so a busy moment of the machine hits them alike. */
const RUNS = 5;

/** The views whose first lane is measured, by what the table calls them and their address. */
export const LANE_VIEWS = [
  ['full app (`?scenario=basic`)', '?scenario=basic'],
  ['embed (`?embed=1&scenario=basic`)', '?embed=1&scenario=basic'],
  ['full app, heavy run (`?scenario=stress`)', '?scenario=stress'],
  ['custom element (a blog page with `<paxos-scope scenario="basic">`)', BLOG_PAGE],
] as const;

/** A lane of the diagram: the line under a node's header, drawn once the diagram is measured. */
export const LANE = '[data-lane]';

/**
 * Milliseconds from navigation to the first lane painted (`lane`, in the page or in an
 * element's shadow root) in a fresh context, as a reader's first visit sees it: no service
 * worker, nothing cached. A MutationObserver set before the page's own scripts sees the lane
 * arrive; the moment it is on screen is after the next frame's paint, which a message posted
 * from that frame's animation callback marks (the message is handled once the frame is painted).
 */
export async function firstLane(browser: Browser, url: string, lane = LANE): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await serveBlogPage(context, new URL('/', url).href);
  await context.addInitScript(`
    let done = false;
    const found = () =>
      document.querySelector(${JSON.stringify(lane)}) !== null ||
      [...document.querySelectorAll('paxos-scope')].some(
        (element) => element.shadowRoot?.querySelector(${JSON.stringify(lane)}),
      );
    const observer = new MutationObserver(() => {
      if (done || !found()) return;
      done = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { window.__lane = performance.now(); };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
    // The element draws in its shadow root, which the document's observer does not see into.
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attachShadow.call(this, init);
      if (!done) observer.observe(root, { childList: true, subtree: true });
      return root;
    };
  `);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction('window.__lane !== undefined');
  const ms = (await page.evaluate('window.__lane')) as number;
  await context.close();
  return ms;
}

/**
 * RaftScope, the widget a blogger would compare the embed with, when RAFTSCOPE_DIR names a
 * checkout of github:ongardie/raftscope with its two submodules (bootstrap-slider and
 * bootstrap-contextmenu): served as static files, its first server's circle is its first lane.
 */
const RAFTSCOPE_DIR = process.env.RAFTSCOPE_DIR;
const RAFTSCOPE_PORT = Number(process.env.BENCH_PORT ?? 4180) + 1;
const RAFTSCOPE_VIEW = 'RaftScope (its first server drawn; not this project)';

function serveRaftScope(dir: string): ChildProcess {
  return spawn(
    'python3',
    ['-m', 'http.server', String(RAFTSCOPE_PORT), '--bind', '127.0.0.1', '--directory', dir],
    { stdio: 'ignore' },
  );
}

/** `npm run bench -- lane`: navigation to the first lane painted, median of five, per view. */
export async function benchLane(): Promise<void> {
  const served = await serveBuiltApp();
  const raftScope = RAFTSCOPE_DIR === undefined ? null : serveRaftScope(RAFTSCOPE_DIR);
  // First-lane times here grow with whatever else the two cores run; the load says how busy.
  const load = loadavg()[0]!.toFixed(1);
  try {
    if (raftScope !== null) await new Promise((resolve) => setTimeout(resolve, 1000));
    const views: (readonly [string, string, string])[] = LANE_VIEWS.map(([view, search]) => [
      view,
      `${served.url}${search}`,
      LANE,
    ]);
    if (raftScope !== null) {
      views.push([RAFTSCOPE_VIEW, `http://127.0.0.1:${RAFTSCOPE_PORT}/`, '#servers .server']);
    }
    const times = views.map(() => [] as number[]);
    for (let run = 0; run < RUNS; run++) {
      for (const [index, [, url, lane]] of views.entries()) {
        times[index]!.push(await firstLane(served.browser, url, lane));
      }
    }
    const rows = views.map(([view], index) => [view, median(times[index]!)] as const);
    writeSection(
      'lane',
      `## First lane: navigation to the first lane on screen

${today()} · ${machine()} · headless Chromium · \`npm run bench -- lane\`

From navigation to the first lane of the diagram painted (\`[data-lane]\`, the line under a
node's header, after the frame that shows it), fresh context each time (no service worker, no
cache), the views alternating, median of ${RUNS}; \`vite preview\` on localhost. The element's page
is a blog post holding one element, its script from the build. Load average when the run
began: ${load}.${
        raftScope === null
          ? ''
          : ` RaftScope (ongardie/raftscope at its last commit, with the submodules it pins) is
served by \`python3 -m http.server\` beside it and measured the same way, to its first server.`
      }

| view | first lane |
|---|---:|
${rows.map(([view, ms]) => `| ${view} | ${formatNumber(ms)} ms |`).join('\n')}`,
    );
    for (const [view, ms] of rows) console.log(`${view}: ${formatNumber(ms)} ms to the first lane`);
  } finally {
    raftScope?.kill();
    await served.close();
  }
}
