import { chromium } from '@playwright/test';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Builds the app once and serves it for browser benchmarks, with Chromium to drive it. */
export interface Served {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** BENCH_PORT moves the server when another checkout's benchmark holds the usual port. */
const PORT = Number(process.env.BENCH_PORT ?? 4180);

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

/** Headless Chromium as every benchmark and look tool here drives it: Debian's, when installed. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

/**
 * Opens the heavy `stress` preset (5 proposers, 7 acceptors, lossy network) at `url`, ready to
 * play at `ticksPerSecond` (the fastest when absent): the run every frame measurement here plays.
 */
export async function openStress(page: Page, url: string, ticksPerSecond?: number): Promise<void> {
  await page.goto(`${url}?scenario=stress&lang=en`);
  await page.waitForSelector('[data-node]');
  const speed = page.getByLabel('Speed');
  if (ticksPerSecond !== undefined) await speed.selectOption(String(ticksPerSecond));
  else await speed.selectOption({ index: (await speed.locator('option').count()) - 1 });
}

/** The page's animation-frame intervals for `ms`, less the first `skip` (still settling). */
export async function frameIntervals(page: Page, ms: number, skip: number): Promise<number[]> {
  // Source text, not a function: a bundled function would carry the bundler's helpers.
  return (await page.evaluate(`new Promise((resolve) => {
    const out = [];
    let last = performance.now();
    const start = last;
    const frame = (now) => {
      out.push(now - last);
      last = now;
      if (now - start < ${ms}) requestAnimationFrame(frame);
      else resolve(out.slice(${skip}));
    };
    requestAnimationFrame(frame);
  })`)) as number[];
}

export async function serveBuiltApp(port = PORT): Promise<Served> {
  const url = `http://127.0.0.1:${port}/`;
  // Another server on the port would be measured instead of this build.
  if (await answers(url)) throw new Error(`port ${port} is in use (set BENCH_PORT)`);
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('vite build failed');
  // In a process group of its own, so closing ends vite too and not only the npx above it
  // (an orphaned preview would go on answering on the port).
  const server: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 100 && !(await answers(url)); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  // With --strictPort a busy port ends the server: then the answers came from someone else's.
  if (server.exitCode !== null) throw new Error(`port ${port} is in use (set BENCH_PORT)`);
  const browser = await launchChromium();
  return {
    url,
    browser,
    async close() {
      await browser.close();
      if (server.pid !== undefined && server.exitCode === null) process.kill(-server.pid);
    },
  };
}

/** A blog post's address beside the build: one `<paxos-scope>`, as docs/embedding.md writes it. */
export const BLOG_PAGE = 'bench-blog.html';

/** Serves BLOG_PAGE in `context`, its element's script from the build at `url`. */
export async function serveBlogPage(context: BrowserContext, url: string): Promise<void> {
  const body =
    `<!doctype html><meta charset="utf-8"><title>A post</title><p>A post.</p>` +
    `<paxos-scope scenario="basic"></paxos-scope><script src="${url}paxos-scope.js"></script>`;
  await context.route(`${url}${BLOG_PAGE}`, (route) =>
    route.fulfill({ contentType: 'text/html', body }),
  );
}
