import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectWhollyShown } from './pages/boxes';
import { gzipKb, scriptsDownloaded } from './pages/downloads';
import { Embedded } from './pages/embed';
import { MainScreenPage } from './pages/main-screen';

/** The embed's budget for its JavaScript, gzip (issue 13; docs/benchmarks.md, "Bundle"). */
const EMBED_BUDGET_KB = 80;
/** The custom element's on a blog page, gzip (issue 13; docs/architecture.md, "The custom element"). */
const ELEMENT_BUDGET_KB = 100;

/** React DOM marks every element it renders with a property of this name. */
const REACT_DOM_MARK = '__reactFiber';

/** The seed diagram (reference/seed-paxos-intro.md): the basic run's messages, top to bottom. */
const SEED_LABELS = [
  'Request',
  'Prepare(1)',
  'Promise',
  'Accept!(1,X)',
  'Accepted(1,X)',
  'Response',
];

test.describe('the embed a blog reader downloads', () => {
  test.use({ serviceWorkers: 'block', viewport: { width: 640, height: 420 } });

  test('is under its budget, has no React DOM, and draws the seed diagram', async ({
    page,
    baseURL,
  }) => {
    const scripts = await scriptsDownloaded(page, `${baseURL}?embed=1&scenario=basic&motion=0&t=6`);
    expect(gzipKb(scripts), scripts.map((s) => s.name).join(', ')).toBeLessThan(EMBED_BUDGET_KB);
    for (const { name, body } of scripts)
      expect(body.includes(REACT_DOM_MARK), `${name} holds React DOM`).toBe(false);

    const embed = new Embedded(page.locator('body'));
    await expect(embed.nodes()).toHaveText([/C1/, /P1/, /A1/, /A2/, /A3/, /L1/, /L2/]);
    const labels = embed.labels();
    await expect(labels).toHaveCount(SEED_LABELS.length);
    for (const [index, label] of SEED_LABELS.entries()) {
      await expect(labels.nth(index)).toContainText(label);
      await expectWhollyShown(labels.nth(index), `the label ${label}`);
    }
    for (const node of ['C1', 'L2']) await expectWhollyShown(embed.node(node), node);
  });

  test('downloads only the language and the preset it shows', async ({ page, baseURL }) => {
    const scripts = await scriptsDownloaded(
      page,
      `${baseURL}?embed=1&scenario=dueling-proposers&lang=zh&motion=0`,
    );
    const names = scripts.map((s) => s.name);
    expect(names).toContain('zh.js');
    expect(names).toContain('dueling-proposers.js');
    expect(names.filter((name) => /^(acceptor|learner|proposer)-failure\.js$/.test(name))).toEqual(
      [],
    );
    const embed = new Embedded(page.locator('body'));
    await expect(embed.nodes()).toHaveText([/C1/, /C2/, /P1/, /P2/, /A1/, /A2/, /A3/, /L1/, /L2/]);
    await expect(embed.button('Play')).toHaveCount(0);
    await expect(page.getByRole('button', { name: '播放', exact: true })).toBeVisible();
  });
});

test.describe('the custom element a blog reader downloads', () => {
  test.use({ serviceWorkers: 'block', viewport: { width: 640, height: 420 } });

  /** Serves `/blog.html`: a post holding `element`, with the element's script from the build. */
  async function blog(page: Page, baseURL: string, element: string): Promise<string> {
    const url = `${baseURL}blog.html`;
    await page.route(url, (route) =>
      route.fulfill({
        contentType: 'text/html',
        // No margin, so the element is the iframe embed's 640 px wide and draws what it draws.
        body: `<!doctype html><meta charset="utf-8"><style>body{margin:0}</style>${element}<script src="${baseURL}paxos-scope.js"></script>`,
      }),
    );
    return url;
  }

  test('is one file under its budget, has no React DOM, and draws the seed diagram', async ({
    page,
    baseURL,
  }) => {
    const url = await blog(
      page,
      baseURL!,
      '<paxos-scope scenario="basic" motion="0" t="6" lang="en"></paxos-scope>',
    );
    const scripts = await scriptsDownloaded(page, url);
    expect(scripts.map((s) => s.name)).toEqual(['paxos-scope.js']);
    expect(gzipKb(scripts)).toBeLessThan(ELEMENT_BUDGET_KB);
    expect(scripts[0]!.body.includes(REACT_DOM_MARK)).toBe(false);

    const element = new Embedded(page.locator('paxos-scope'));
    const labels = element.labels();
    await expect(labels).toHaveCount(SEED_LABELS.length);
    for (const [index, label] of SEED_LABELS.entries())
      await expect(labels.nth(index)).toContainText(label);
    await expect(element.openLink()).toBeVisible();
  });

  test('loads Chinese and the other presets, or the whole app, only for an element that shows them', async ({
    page,
    baseURL,
  }) => {
    const url = await blog(
      page,
      baseURL!,
      '<paxos-scope id="zh" scenario="dueling-proposers" motion="0" lang="zh"></paxos-scope>' +
        '<paxos-scope id="full" full scenario="basic" motion="0" lang="en" style="height:700px"></paxos-scope>',
    );
    const scripts = await scriptsDownloaded(page, url);
    expect(scripts.map((s) => s.name).sort()).toEqual([
      'paxos-scope-data.js',
      'paxos-scope-full.js',
      'paxos-scope.js',
    ]);
    const zh = new Embedded(page.locator('#zh'));
    await expect(zh.nodes()).toHaveText([/C1/, /C2/, /P1/, /P2/, /A1/, /A2/, /A3/, /L1/, /L2/]);
    await expect(zh.root.getByRole('button', { name: '播放', exact: true })).toBeVisible();
    // The full element has the app's toolbar, which the compact script does not carry.
    const full = page.locator('#full');
    await expect(full.getByRole('button', { name: 'Download', exact: true })).toBeVisible();
    await expect(new Embedded(full).node('A3')).toBeVisible();
  });

  test('shows a message in full on hover, compact and full alike', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    const url = await blog(
      page,
      baseURL!,
      '<paxos-scope id="compact" scenario="basic" t="2" motion="0" lang="en"></paxos-scope>' +
        '<paxos-scope id="full" full scenario="basic" t="2" motion="0" lang="en" style="height:700px"></paxos-scope>',
    );
    await page.goto(url);
    // The pointer is the page's; the tooltip is in each element's shadow root.
    const pointer = new MainScreenPage(page);
    for (const id of ['compact', 'full']) {
      const element = new Embedded(page.locator(`#${id}`));
      await expect(element.messages('Request')).toHaveCount(1);
      await pointer.pointAt(element.messages('Request'), 'hover');
      await expect(element.root.getByRole('tooltip'), id).toContainText('C1 → P1');
      await page.mouse.move(1, 1);
      await expect(element.root.getByRole('tooltip'), id).toHaveCount(0);
      await expect(element.node('A3'), id).toBeVisible();
    }
  });
});
