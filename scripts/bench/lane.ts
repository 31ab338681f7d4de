import type { Browser } from '@playwright/test';
import { serveBuiltApp } from './browser';
import { formatNumber, machine, median, today, writeSection } from './report';

/** Page loads per view; views alternate, so a busy moment of the machine hits them alike. */
const RUNS = 5;

const VIEWS = [
  ['full app (`?scenario=basic`)', '?scenario=basic'],
  ['embed (`?embed=1&scenario=basic`)', '?embed=1&scenario=basic'],
] as const;

/**
 * Milliseconds from navigation to the first lane (`[data-node]`) in a fresh context, as a
 * reader's first visit sees it: no service worker, nothing cached. A MutationObserver set
 * before the page's own scripts marks the moment.
 */
async function firstLane(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(`
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-node]')) {
        window.__lane = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  `);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-node]');
  const lane = (await page.evaluate('window.__lane')) as number;
  await context.close();
  return lane;
}

/** `npm run bench -- lane`: navigation to the first lane, median of five, per view. */
export async function benchLane(): Promise<void> {
  const served = await serveBuiltApp();
  try {
    const times = VIEWS.map(() => [] as number[]);
    for (let run = 0; run < RUNS; run++) {
      for (const [index, [, search]] of VIEWS.entries()) {
        times[index]!.push(await firstLane(served.browser, `${served.url}${search}`));
      }
    }
    const rows = VIEWS.map(([view], index) => [view, median(times[index]!)] as const);
    writeSection(
      'lane',
      `## First lane: navigation to the first lane on screen

${today()} · ${machine()} · headless Chromium · \`npm run bench -- lane\`

From navigation to the first \`[data-node]\` in the page, fresh context each time (no service
worker, no cache), the views alternating, median of ${RUNS}; \`vite preview\` on localhost.

| view | first lane |
|---|---:|
${rows.map(([view, ms]) => `| ${view} | ${formatNumber(ms)} ms |`).join('\n')}`,
    );
    for (const [view, ms] of rows) console.log(`${view}: ${formatNumber(ms)} ms to the first lane`);
  } finally {
    await served.close();
  }
}
