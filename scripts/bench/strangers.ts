import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lz from 'lz-string';
import { heavyScenarioFile } from '../../src/sim/heavy.testing';
import { serveBuiltApp } from './browser';
import { formatNumber, machine, median, today, writeSection } from './report';

const RUNS = 3;
const GNU_TIME = '/usr/bin/time';

/** One `sim run` of the file: wall time and, where GNU time is installed, peak memory. */
function cliRun(file: string): { seconds: number; peakMB: number | null; stderr: string } {
  const tsx = join('node_modules', '.bin', 'tsx');
  const command = [tsx, 'src/cli/main.ts', 'run', file];
  const start = performance.now();
  const timed = existsSync(GNU_TIME);
  const result = spawnSync(
    timed ? GNU_TIME : command[0]!,
    timed ? ['-f', '%M', ...command] : command.slice(1),
    {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    },
  );
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`sim run failed: ${result.stderr}`);
  const lines = result.stderr.trim().split('\n');
  const peakMB = timed ? Number(lines.pop()) / 1024 : null;
  return { seconds, peakMB, stderr: lines.join('\n') };
}

/**
 * Navigation to the first lane, and to the whole run (the budget's notice), for the heaviest
 * scenario's link: a MutationObserver set before the page's scripts marks the moments.
 */
async function pageRun(url: string, served: Awaited<ReturnType<typeof serveBuiltApp>>) {
  const context = await served.browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(`
    window.__marks = {};
    new MutationObserver(() => {
      const marks = window.__marks;
      if (marks.lane === undefined && document.querySelector('[data-node]')) marks.lane = performance.now();
      if (marks.whole === undefined && document.querySelector('[data-notice]')) marks.whole = performance.now();
    }).observe(document, { childList: true, subtree: true });
  `);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('[data-notice]', { timeout: 120_000 });
  const marks = (await page.evaluate('window.__marks')) as { lane: number; whole: number };
  const heap = (await page.evaluate(
    '(performance.memory && performance.memory.usedJSHeapSize) || 0',
  )) as number;
  await context.close();
  return { ...marks, heapMB: heap / 2 ** 20 };
}

/**
 * `npm run bench -- strangers`: the heaviest valid scenario (src/sim/heavy.testing.ts,
 * under 800 bytes, within every documented limit), cut by the run's budget: its time and peak memory in
 * the CLI, and in the page the time from navigation to its first lane and to its whole run.
 */
export async function benchStrangers(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'paxoscope-bench-'));
  const file = join(dir, 'heavy.json');
  writeFileSync(file, JSON.stringify(heavyScenarioFile()));
  const cli = Array.from({ length: RUNS }, () => cliRun(file));
  const served = await serveBuiltApp();
  let pages: Awaited<ReturnType<typeof pageRun>>[];
  try {
    const link = `${served.url}?v=1&lang=en&s=${lz.compressToEncodedURIComponent(JSON.stringify(heavyScenarioFile()))}`;
    pages = [];
    for (let i = 0; i < RUNS; i++) pages.push(await pageRun(link, served));
  } finally {
    await served.close();
  }
  const ms = (values: number[]) => `${formatNumber(median(values))} ms`;
  const peaks = cli.map((r) => r.peakMB).filter((p): p is number => p !== null);
  writeSection(
    'strangers',
    `## A stranger's heaviest valid scenario

${today()} · ${machine()} · headless Chromium · \`npm run bench -- strangers\`

Nine of every role, delays of 1 to 100 ticks, proposers that time out every tick and retry at
once, until tick 10,000: under 800 bytes, within every documented limit. The run's budget cuts
it: ${cli[0]!.stderr.replace(/^sim: /, '')}. Median of ${RUNS}.

| where | figure |
|---|---:|
| \`sim run\`, wall time (tsx start and 100,000 messages printed as JSON included) | ${formatNumber(median(cli.map((r) => r.seconds * 1000)))} ms |
| \`sim run\`, peak memory (resident) | ${peaks.length > 0 ? `${formatNumber(median(peaks))} MB` : 'not measured (no GNU time)'} |
| page, navigation → first lane | ${ms(pages.map((p) => p.lane))} |
| page, navigation → the whole run recorded (its notice shown) | ${ms(pages.map((p) => p.whole))} |
| page, JavaScript heap after the whole run | ${formatNumber(median(pages.map((p) => p.heapMB)))} MB |

Before the budget (main at 85f3bf0, as measured for issue 10 on this machine kind): \`sim run\` ran 2 minutes and died
with exit 134 at 4.4 GB; the link left the page blank for 20–45 s (heap up to 3.9 GB).`,
  );
}
