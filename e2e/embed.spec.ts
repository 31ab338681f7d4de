import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { Embedded, screenOf } from './pages/embed';
import { MainScreenPage } from './pages/main-screen';

/** A stranger's page with one iframe embed of the app at 640×420, the size the snippet gives. */
async function hostIframe(page: Page, base: string, query: string) {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent(
    `<h1>A blog post</h1><iframe src="${base}?embed=1&motion=0&${query}" width="640" height="420" title="Paxoscope" style="border:0"></iframe>`,
  );
  const embed = new Embedded(page.frameLocator('iframe'));
  await expect(embed.nodes().first()).toBeVisible();
  return embed;
}

test.describe('the iframe embed', () => {
  test('fills 640×420 without scrollbars, with only the diagram and a compact row that works', async ({
    page,
    baseURL,
  }) => {
    const embed = await hostIframe(page, baseURL!, 'scenario=basic&lang=en');
    const frame = page.frames()[1]!;
    const box = await frame.evaluate(() => {
      const e = document.documentElement;
      return [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight];
    });
    expect(box).toEqual([640, 640, 420, 420]);
    await expect(embed.root.getByRole('button', { name: 'Reset' })).toHaveCount(0);
    await expect(embed.narration()).toHaveCount(0);
    await expect(embed.root.getByRole('toolbar')).toHaveCount(0);

    await embed.button('Step').click();
    await expect(embed.messages('Request')).toHaveCount(1);
    // Keys reach the embed once it has focus, as they would in the host page.
    await embed.root.locator('.px-swimlanes__svg').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('ArrowRight');
    await expect(embed.messages('Prepare')).toHaveCount(3);
    await page.keyboard.press('ArrowLeft');
    await expect(embed.messages('Prepare')).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(embed.button('Pause')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(embed.button('Play')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/embed-iframe.png' });
    expect(page.url()).toBe('about:blank');
  });

  test('fits small and wide boxes too, without scrollbars', async ({ page, baseURL }) => {
    for (const [width, height] of [
      [320, 240],
      [1000, 300],
    ]) {
      await page.setContent(
        `<iframe src="${baseURL}?embed=1&motion=0&scenario=basic&t=3&lang=zh" width="${width}" height="${height}" style="border:0"></iframe>`,
      );
      const frame = new Embedded(page.frameLocator('iframe'));
      await expect(frame.nodes().first()).toBeVisible();
      const box = await page.frames()[1]!.evaluate(() => {
        const e = document.documentElement;
        return [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight];
      });
      expect(box).toEqual([width, width, height, height]);
      await expect(frame.root.getByRole('button', { name: '下一步' })).toBeVisible();
    }
  });

  test('is what the Embed button writes for the run on screen', async ({ app, page }) => {
    await app.open('scenario=lossy-network&lang=en');
    // Tick 4, not later: the 640 px embed gives its key a row, so its diagram is shorter and
    // from tick 5 on (with room kept below the cursor for the messages in flight) it shows
    // fewer of the early arrows than the full page does.
    await app.seek(4);
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('checkbox', { name: 'Loop' }).check();
    const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+" width="640" height="420" title="Paxoscope: /);
    expect(snippet).toContain('loop=1');
    const seen = await screenOf(page);
    await page.setContent(snippet);
    const frame = new Embedded(page.frameLocator('iframe'));
    await expect(frame.node('A1')).toBeVisible();
    expect(await screenOf(frame.root)).toEqual(seen);
  });

  test('opens the same run in the full app, in a new tab', async ({ page, baseURL }) => {
    const embed = await hostIframe(page, baseURL!, 'scenario=two-values&lang=zh');
    for (let i = 0; i < 7; i++) await embed.root.getByRole('button', { name: '下一步' }).click();
    const link = embed.root.getByRole('link', { name: /在 Paxoscope 中打开/ });
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    const seen = await screenOf(embed.root);
    const [popup] = await Promise.all([page.waitForEvent('popup'), link.click()]);
    const opened = new MainScreenPage(popup);
    await expect(opened.node('A1')).toBeVisible();
    expect(popup.url()).not.toContain('embed=');
    await expect(opened.narration()).toBeVisible();
    expect(await screenOf(popup)).toEqual(seen);
  });

  test('autoplays up to its stop and pauses there; start opens at its tick', async ({ page }) => {
    await page.goto('./?embed=1&scenario=basic&autoplay=1&stop=3&speed=8');
    const embed = new Embedded(page.locator('body'));
    await expect(embed.button('Play')).toBeVisible({ timeout: 5000 });
    await expect(embed.readout()).toHaveAttribute('data-cursor', '3');
    await page.goto('./?embed=1&scenario=basic&start=2&motion=0');
    await expect(embed.readout()).toHaveAttribute('data-cursor', '2');
    await expect(embed.messages('Prepare')).toHaveCount(3);
  });

  test('loops between start and stop until paused', async ({ page }) => {
    await page.goto('./?embed=1&scenario=basic&autoplay=1&loop=1&start=1&stop=2&speed=4');
    const embed = new Embedded(page.locator('body'));
    const seen: number[] = [];
    for (let i = 0; i < 40; i++) {
      seen.push(await embed.cursor());
      await page.waitForTimeout(100);
    }
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...seen)).toBe(2);
    const wrapped = seen.some((t, i) => i > 0 && t < seen[i - 1]!);
    expect(wrapped).toBe(true);
    await expect(embed.button('Pause')).toBeVisible();
  });

  test('controls=0 leaves the diagram, the way to the full app and the keys', async ({ page }) => {
    await page.goto('./?embed=1&scenario=basic&controls=0&motion=0');
    const embed = new Embedded(page.locator('body'));
    await expect(embed.node('A1')).toBeVisible();
    await expect(embed.button('Step')).toHaveCount(0);
    await expect(embed.openLink()).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(embed.messages('Request')).toHaveCount(1);
    // The address is the host's: an embed never rewrites it.
    await page.waitForTimeout(700);
    expect(new URL(page.url()).search).toBe('?embed=1&scenario=basic&controls=0&motion=0');
  });
});

test.describe('the custom element', () => {
  test('renders on the example page, untouched by the page’s styles, and stops where asked', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 900 });
    await page.goto('./embed-example.html');
    const element = new Embedded(page.locator('paxos-scope'));
    await expect(element.node('P2')).toBeVisible();
    const spacing = await element.button('Step').evaluate((b) => getComputedStyle(b).letterSpacing);
    expect(spacing).toBe('normal');
    await expect(element.readout()).toHaveAttribute('data-cursor', '12', { timeout: 20_000 });
    await expect(element.button('Play')).toBeVisible();
    await expect(new Embedded(page.frameLocator('iframe')).node('A1')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/embed-example.png', fullPage: true });
  });

  test('two on one page play independently; removing one unmounts it', async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<paxos-scope id="a" scenario="basic" motion="0"></paxos-scope>
       <paxos-scope id="b" scenario="two-values" motion="0" lang="zh"></paxos-scope>
       <script src="${baseURL}paxos-scope.js"></script>`,
    );
    const a = new Embedded(page.locator('#a'));
    const b = new Embedded(page.locator('#b'));
    await expect(a.node('A1')).toBeVisible();
    await expect(b.node('P2')).toBeVisible();
    await a.button('Step').click();
    await a.button('Step').click();
    await expect(a.messages('Prepare')).toHaveCount(3);
    await expect(b.messages()).toHaveCount(0);
    // Keys go to the element that has focus, and only to it.
    await page.locator('#b').focus();
    await page.keyboard.press('ArrowRight');
    await expect(b.messages()).not.toHaveCount(0);
    await expect(a.messages('Prepare')).toHaveCount(3);
    await expect(a.messages()).toHaveCount(4);
    // "Open in Paxoscope" leads to the app the script came from, with this element's run.
    await expect(a.openLink()).toHaveAttribute(
      'href',
      `${baseURL}?v=1&scenario=basic&t=1&n=2&lang=en`,
    );
    await page.locator('#a').evaluate((element) => element.remove());
    const before = await b.messages().count();
    await b.root.getByRole('button', { name: '下一步' }).click();
    await expect(b.messages()).not.toHaveCount(before);
  });

  test('works on a blog page that declares no charset, in Chinese too', async ({
    page,
    baseURL,
  }) => {
    // Served without a charset and without <meta charset>, the page (and a classic script it
    // loads) is read as Latin-1: the element's text must not depend on the page's encoding.
    await page.route(`${baseURL}old-blog.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<p>An old blog</p><paxos-scope scenario="basic" motion="0" lang="zh"></paxos-scope><script src="${baseURL}paxos-scope.js"></script>`,
      }),
    );
    await page.goto(`${baseURL}old-blog.html`);
    const element = new Embedded(page.locator('paxos-scope'));
    await expect(element.node('A1')).toBeVisible();
    await expect(element.root.getByRole('button', { name: '下一步' })).toBeVisible();
  });

  test('removing an element leaves its shadow root empty', async ({ page, baseURL }) => {
    await page.setContent(
      `<paxos-scope scenario="basic" motion="0"></paxos-scope><script src="${baseURL}paxos-scope.js"></script>`,
    );
    await expect(new Embedded(page.locator('paxos-scope')).nodes().first()).toBeVisible();
    const children = await page.evaluate(() => {
      const element = document.querySelector('paxos-scope')!;
      const shadow = element.shadowRoot!;
      element.remove();
      return shadow.childElementCount;
    });
    expect(children).toBe(0);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first load the app reloads and works with the network off', async ({
    page,
    context,
  }) => {
    const app = new MainScreenPage(page);
    await app.open('scenario=basic&lang=en');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (navigator.serviceWorker.controller === null)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve),
        );
    });
    await context.setOffline(true);
    await page.reload();
    await expect(app.node('A1')).toBeVisible();
    await app.button('Step').click();
    await app.button('Step').click();
    await expect(app.messages('Prepare')).toHaveCount(3);
    // What loads later (the tooltip and its animation library) is there too.
    await app.pointAt(app.messages('Request'), 'hover');
    await expect(page.getByRole('tooltip')).toContainText('C1 → P1');
    await page.goto('./?embed=1&scenario=two-values&motion=0');
    await expect(app.node('P2')).toBeVisible();
  });
});

test.describe('download page', () => {
  test('saves one HTML file that opens from disk, offline, on the same run', async ({
    app,
    page,
    browser,
  }, testInfo) => {
    await app.open('scenario=basic&lang=zh');
    await page.getByRole('button', { name: '下一步', exact: true }).click();
    await app.node('A3').click();
    await page.getByRole('menuitem', { name: '宕机' }).click();
    for (let i = 0; i < 3; i++)
      await page.getByRole('button', { name: '下一步', exact: true }).click();
    const seen = await screenOf(page);
    const position = await app.readout().innerText();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByRole('button', { name: '下载', exact: true }).click();
        await page.getByRole('menuitem', { name: '离线可用的网页 (.html)' }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toBe('paxoscope-basic.html');
    const file = testInfo.outputPath('saved.html');
    await download.saveAs(file);

    const offline = await browser.newContext({ offline: true });
    const saved = await offline.newPage();
    const failed: string[] = [];
    saved.on('requestfailed', (request) => failed.push(request.url()));
    await saved.goto(`file://${file}`);
    const element = new Embedded(saved.locator('paxos-scope'));
    await expect(element.node('A3')).toHaveAttribute('data-status', 'crashed');
    await expect(element.readout()).toHaveText(position);
    expect(await screenOf(element.root)).toEqual(seen);
    await expect(saved).toHaveTitle('Paxoscope — 基本 Paxos');
    expect(failed).toEqual([]);
    await offline.close();
  });
});
