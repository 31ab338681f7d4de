import type { Browser, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { serveBuiltApp } from '../bench/browser';

/**
 * `npm run look [-- SCREEN...]`: builds the app, serves it, and photographs the screens people
 * meet at every size they meet them on, into test-results/look/SCREEN-SIZE.png, for a person
 * to open one by one. A passing test does not show a clipped sentence or two marks on top of
 * each other; a picture does. SCREEN is one of `default`, `question`, `lab`, `log`, `dueling-end`.
 */
interface Size {
  name: string;
  width: number;
  height: number;
  scale?: number;
  /** How the app is placed: the page itself, presenter mode, an iframe or `<paxos-scope>`. */
  host: 'page' | 'present' | 'iframe' | 'element';
}

const SIZES: Size[] = [
  { name: '1280x800', width: 1280, height: 800, host: 'page' },
  { name: '1366x768', width: 1366, height: 768, host: 'page' },
  { name: '1920x1080', width: 1920, height: 1080, host: 'page' },
  { name: '1920x1080-present', width: 1920, height: 1080, host: 'present' },
  { name: '3840x2160-present', width: 3840, height: 2160, host: 'present' },
  { name: '360x740', width: 360, height: 740, scale: 2, host: 'page' },
  { name: '390x844', width: 390, height: 844, scale: 2, host: 'page' },
  { name: '740x360', width: 740, height: 360, scale: 2, host: 'page' },
  { name: 'iframe-342x420', width: 342, height: 420, host: 'iframe' },
  { name: 'iframe-640x420', width: 640, height: 420, host: 'iframe' },
  { name: 'element-700', width: 700, height: 560, host: 'element' },
];

/** What each screen opens, and what a person does there before the picture is taken. */
interface Screen {
  query: string;
  /** Hosts where the screen exists: an embed has no safety lab. */
  hosts: Size['host'][];
  act(page: Page): Promise<void>;
}

const ALL: Size['host'][] = ['page', 'present', 'iframe', 'element'];

const SCREENS: Record<string, Screen> = {
  default: { query: 'scenario=basic', hosts: ALL, act: async () => {} },
  question: {
    query: 'scenario=highest-ballot',
    hosts: ['page', 'present'],
    async act(page) {
      // Step until the lesson asks its question; stepping on would reveal the answer.
      const reveal = page.getByRole('button', { name: 'Reveal' });
      for (let i = 0; i < 200 && !(await reveal.isVisible()); i++) {
        await page.keyboard.press('ArrowRight');
      }
    },
  },
  lab: {
    query: 'scenario=dueling-proposers&bug=minority-quorum',
    hosts: ['page', 'present'],
    async act(page) {
      // Presenter mode has no toolbar: a lecturer finds the run first, then presents it.
      const presenting = page.url().includes('present=1');
      if (presenting) await page.keyboard.press('Escape');
      await page.getByRole('button', { name: /^Rules/ }).click();
      await page.getByRole('button', { name: 'Find counterexample' }).click();
      await page.locator('[data-violation="Agreement"]').first().waitFor({ timeout: 60_000 });
      if (presenting) {
        await page.keyboard.press('Escape');
        await page.getByRole('button', { name: 'Present' }).click();
      }
    },
  },
  // The Multi-Paxos log near the end of a leader change: slot 2 recovered by the new leader.
  log: { query: 'scenario=mp-leader-fails&t=33', hosts: ['page', 'present'], act: async () => {} },
  'dueling-end': {
    query: 'scenario=dueling-proposers',
    hosts: ALL,
    async act(page) {
      await page.keyboard.press('End');
    },
  },
};

/** The address a size's host opens: the app itself, or a blog column holding it. */
function address(url: string, size: Size, query: string): string {
  const app = `${url}?motion=0&lang=en&${query}`;
  if (size.host === 'page') return app;
  if (size.host === 'present') return `${app}&present=1`;
  return `${url}look-host.html`;
}

/**
 * The blog page around an iframe or a `<paxos-scope>`, served from the app's own origin; both
 * without motion, as the page itself is, so a header's flash is not photographed half faded.
 */
function hostPage(url: string, size: Size, query: string): string {
  const embed =
    size.host === 'iframe'
      ? `<iframe src="${url}?embed=1&motion=0&lang=en&${query}" width="${size.width}" height="${size.height}" style="border:0;display:block"></iframe>`
      : `<div style="width:${size.width}px"><script src="${url}paxos-scope.js"></script>` +
        `<paxos-scope motion="0" lang="en" ${query.replace(/(\w+)=([\w-]+)/g, '$1="$2"').replace(/&/g, ' ')}></paxos-scope></div>`;
  return `<!doctype html><body style="margin:0">${embed}</body>`;
}

async function shoot(browser: Browser, url: string, screenName: string, size: Size) {
  const screen = SCREENS[screenName]!;
  if (!screen.hosts.includes(size.host)) return;
  const embedded = size.host === 'iframe' || size.host === 'element';
  const page = await browser.newPage({
    viewport: { width: size.width, height: embedded ? size.height + 40 : size.height },
    deviceScaleFactor: size.scale ?? 1,
  });
  await page.route('**/look-host.html', (route) =>
    route.fulfill({ contentType: 'text/html', body: hostPage(url, size, screen.query) }),
  );
  await page.goto(address(url, size, screen.query));
  const root = size.host === 'iframe' ? page.frameLocator('iframe') : page;
  await root.locator('[data-node]').first().waitFor();
  // Keys go where the reader last clicked: into the embed, as on a blog. A header is no
  // control of its own where lanes are narrow, so the focus goes to Step.
  if (embedded) await root.getByRole('button', { name: 'Step', exact: true }).focus();
  await screen.act(page);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `test-results/look/${screenName}-${size.name}.png` });
  // On a phone the page scrolls down to the stage (the diagram, its words and playback): that
  // screen is the one a student reads, so it is photographed too.
  if (size.host === 'page' && (size.width <= 600 || size.height <= 560)) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(200);
    await page.screenshot({ path: `test-results/look/${screenName}-${size.name}-stage.png` });
  }
  await page.close();
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in SCREENS));
if (unknown.length > 0) {
  console.error(
    `look: unknown screen ${unknown.join(', ')} (known: ${Object.keys(SCREENS).join(', ')})`,
  );
  process.exit(2);
}
mkdirSync('test-results/look', { recursive: true });
const served = await serveBuiltApp(Number(process.env.LOOK_PORT ?? 4190));
try {
  for (const screenName of wanted.length > 0 ? wanted : Object.keys(SCREENS)) {
    for (const size of SIZES) await shoot(served.browser, served.url, screenName, size);
  }
} finally {
  await served.close();
}
console.log('look: pictures in test-results/look/');
