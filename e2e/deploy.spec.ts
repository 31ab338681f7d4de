import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startStaticServer } from './staticServer';
import type { StaticServer } from './staticServer';

/** What each build calls the basic scenario, so a page shows which build it runs. */
const TITLE = { a: 'Basic Paxos, build A', b: 'Basic Paxos, build B' };
const PROJECT = ['index.html', 'vite.config.ts', 'package.json', 'src', 'public', 'scripts/build'];

/**
 * Builds the app from a copy of this checkout with the basic scenario retitled, into
 * `<work>/<build>`: two builds that differ in the app and in the element, as a deploy does.
 */
function build(work: string, name: 'a' | 'b'): string {
  const copy = join(work, `src-${name}`);
  for (const path of PROJECT) cpSync(path, join(copy, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'), 'dir');
  const preset = join(copy, 'src/scenario/presets/basic.json');
  writeFileSync(
    preset,
    readFileSync(preset, 'utf8').replace('"en": "Basic Paxos"', `"en": "${TITLE[name]}"`),
  );
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: copy, stdio: 'inherit' });
  return join(copy, 'dist');
}

/** Resolves once the page is controlled by the offline worker, which then has the build. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller === null)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve),
      );
  });
}

/** Which build's basic scenario paxos-scope.js, fetched by the page at its stable name, has. */
async function elementTitle(page: Page): Promise<string | null> {
  const code = await page.evaluate(() => fetch('paxos-scope.js').then((r) => r.text()));
  return Object.values(TITLE).find((title) => code.includes(title)) ?? null;
}

test.describe('a deploy', () => {
  test.use({ serviceWorkers: 'allow' });
  let work = '';
  let dists = { a: '', b: '' };
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    work = mkdtempSync(join(tmpdir(), 'paxoscope-deploy-'));
    dists = { a: build(work, 'a'), b: build(work, 'b') };
    server = await startStaticServer(dists.a);
  });
  test.afterAll(async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  });

  test('a reload after it runs the new build, whose saved page and element are the new ones', async ({
    page,
  }, testInfo) => {
    await page.goto(`${server.url}?motion=0&scenario=basic&lang=en`);
    await expect(page.locator('#root')).toContainText(TITLE.a);
    await controlled(page);
    // Another address of the same page, and the element by its stable name, as a blog loads it.
    await page.goto(`${server.url}?motion=0&scenario=basic&lang=en&t=2`);
    expect(await elementTitle(page)).toBe(TITLE.a);

    server.serve(dists.b);
    await page.reload();
    await expect(page.locator('#root')).toContainText(TITLE.b);
    expect(await elementTitle(page)).toBe(TITLE.b);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: 'Download', exact: true }).click();
        await page.getByRole('menuitem', { name: 'Page that works offline (.html)' }).click();
      })(),
    ]);
    const file = testInfo.outputPath('saved.html');
    await download.saveAs(file);
    // The element's script runs from the page's first <script> to its end (React's has more).
    const html = readFileSync(file, 'utf8');
    const script = html.slice(html.indexOf('<script>'));
    // Booleans, not toContain: a failure would print 600 KB of minified script.
    expect({ b: script.includes(TITLE.b), a: script.includes(TITLE.a) }).toEqual({
      b: true,
      a: false,
    });

    // The cache holds the builds' own files only, under their plain names: no query, no map.
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys())
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      return urls;
    });
    const files = (dist: string, url: string) => {
      const path = url.slice(server.url.length) || 'index.html';
      return !path.includes('?') && !path.endsWith('.map') && existsSync(join(dist, path));
    };
    expect(kept).toContain(server.url);
    expect(kept.filter((url) => !files(dists.a, url) && !files(dists.b, url))).toEqual([]);
  });
});
