import type { Locator, Page } from '@playwright/test';
import { Embedded } from './pages/embed';
import { expect, test } from './fixtures';

/**
 * Seen, not merely present: inside the window, and inside its own header, whose overflow is
 * hidden (a line pushed out of it is in the page but nobody can read it).
 */
async function expectSeen(page: Page, item: Locator, within?: Locator): Promise<void> {
  await expect(item).toBeVisible();
  const box = (await item.boundingBox())!;
  const view = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height + 0.5);
  if (within === undefined) return;
  const outer = (await within.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(outer.x - 0.5);
  expect(box.y).toBeGreaterThanOrEqual(outer.y - 0.5);
  expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
}

/** The colour of the bar a header wears on top (its ballot's), as the browser paints it. */
function ballotBar(header: Locator): Promise<string> {
  return header.evaluate((e) => getComputedStyle(e).boxShadow);
}

test.describe('node headers say what they mean', () => {
  test('at 1280 px with five acceptors, the acceptors’ headers are in words', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=split-majority&lang=en&t=13');
    for (const id of ['A1', 'A2', 'A3', 'A4', 'A5']) {
      const lines = app.nodeLines(id);
      await expect(lines.first()).toHaveText(/^promised\s\d+$/);
      await expect(lines.nth(1)).toContainText('accepted');
      for (const line of await lines.all()) await expectSeen(page, line, app.node(id));
    }
    await expect(app.nodeLines('A1').first()).toHaveText('promised\u00a03');
    await expect(app.nodeLines('A2').nth(1)).toHaveText(/accepted\s*\(2,\s*Y\)/);
    await expect(app.nodeLines('P3').first()).toHaveText(/phase\s\d\s·\sballot\s3/);
  });

  test('in a 640 px embed, the short forms on the headers are explained on screen', async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?embed=1&motion=0&scenario=dueling-proposers&t=10&lang=en" width="640" height="420" style="border:0"></iframe>`,
    );
    const embed = new Embedded(page.frameLocator('iframe'));
    await expect(embed.nodeLines('A1').first()).toHaveText(/^p\d+$/);
    const frame = page.locator('iframe');
    for (const entry of ['p3', 'b2', '1/2', 'countdown']) {
      await expectSeen(page, embed.legend(entry), frame);
    }
    await expect(embed.legend('p3')).toHaveText('p3 promised ballot 3');
    await expect(embed.legend('1/2')).toHaveText('1/2 1 of the 2 replies needed');
  });

  test('in a 342 px embed with five acceptors, the key is on screen, inside the frame', async ({
    page,
    baseURL,
  }) => {
    await page.setContent(
      `<iframe src="${baseURL}?embed=1&motion=0&scenario=split-majority&t=13&lang=en" width="342" height="420" style="border:0"></iframe>`,
    );
    const embed = new Embedded(page.frameLocator('iframe'));
    await expect(embed.nodeLines('A5').first()).toHaveText(/^p\d+$/);
    const frame = page.locator('iframe');
    for (const entry of ['p3', 'X@1', 'b2', '1/2', 'countdown', 'colour', 'crash', 'lost'])
      await expectSeen(page, embed.legend(entry), frame);
    await expect(embed.legend('crash')).toHaveText('node crashed');
    await expect(embed.legend('lost')).toHaveText('message lost');
  });

  test('on a 360 px phone, the short forms are explained on screen, not in a hover', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open('scenario=dueling-proposers&lang=en&t=10');
    await expect(app.nodeLines('A1').first()).toHaveText(/^p\d+$/);
    await expect(app.nodeLines('P1').first()).toHaveText(/^b\d+$/);
    await app.node('A1').scrollIntoViewIfNeeded();
    for (const entry of ['p3', 'X@1', 'b2', '1/2', '✓X', 'countdown', 'colour'])
      await expectSeen(page, app.legend(entry));
    await expect(app.legend('X@1')).toHaveText('X@1 accepted (or learned) X in ballot 1');
  });

  test('on a 360 px phone, Multi-Paxos’s short forms are explained on screen too', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open('scenario=mp-stable-leader&lang=en&t=40');
    await expect(app.nodeLines('P1').first()).toHaveText(/^★b\d+$/);
    await expect(app.nodeLines('L1').first()).toHaveText(/^≤\d+$/);
    await app.legend('★b2').scrollIntoViewIfNeeded();
    for (const entry of ['★b2', '→3', '→P1', '#2', '≤3', '#2✓X'])
      await expectSeen(page, app.legend(entry));
    await expect(app.legend('★b2')).toHaveText('★b2 leader in ballot 2');
    await expect(app.legend('≤3')).toHaveText('≤3 applied slots 1–3');
  });

  test('in 63 px lanes a replica’s “applied slots 1–3” breaks after “applied”, never inside', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await app.open('scenario=mp-minority-partition&lang=en&t=60');
    const applied = app.nodeLines('L1').first();
    await expect(applied).toHaveText(/^applied slots\u00a01–\d+$/);
    await expectSeen(page, applied, app.node('L1'));
    // The browser's own line boxes: "slots 1–2" sits on one line however narrow the lane is.
    const tops = await applied.evaluate((e) => {
      const text = e.firstChild!;
      const range = document.createRange();
      range.setStart(text, text.textContent!.indexOf('slots'));
      range.setEnd(text, text.textContent!.length);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(tops).toBe(1);
  });

  test('a crashed node and a lost message have two different marks, each in the key', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=split-majority&lang=en&t=13');
    await expect(app.messages(undefined, { fate: 'dropped' }).first()).toBeAttached();
    await expectSeen(page, app.faultMarks('crash', 'P2'));
    await expectSeen(page, app.legend('crash'));
    await expectSeen(page, app.legend('lost'));
    await expect(app.legend('crash')).toHaveText('node crashed');
    await expect(app.legend('lost')).toHaveText('message lost');
    const crash = await app.legendShape('crash').getAttribute('data-shape');
    const lost = await app.legendShape('lost').getAttribute('data-shape');
    expect(crash).not.toBe(lost);
    await expect(app.faultMarks('crash', 'P2')).toHaveAttribute('data-shape', crash!);
  });

  test('dueling proposers wear their ballots’ colours, each beside its number', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=dueling-proposers&lang=en&t=10');
    await expect(app.nodeLines('P1').first()).toHaveText(/ballot\s3/);
    await expect(app.nodeLines('P2').first()).toHaveText(/ballot\s4/);
    const [p1, p2] = [await ballotBar(app.node('P1')), await ballotBar(app.node('P2'))];
    expect(p1).toMatch(/rgb/);
    expect(p2).toMatch(/rgb/);
    expect(p1).not.toBe(p2);
    // A ballot's messages wear the colour its proposer does.
    // P1's Accept(3,X) is at the cursor, so in view wherever the view opens.
    const accept = app.messages('Accept', { from: 'P1' }).last();
    const colour = (l: Locator) => l.evaluate((e) => getComputedStyle(e).getPropertyValue('--c'));
    expect(await colour(accept)).toBe(await colour(app.node('P1')));
  });

  test('in Chinese, 编号 (ballot) on a narrow header stays on one line', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=highest-ballot&lang=zh&t=8');
    const line = app.nodeLines('P2').filter({ hasText: '编号' }).first();
    await expect(line).toBeVisible();
    // One client rect for a range over the two characters: the line did not break between them.
    const rects = await line.evaluate((e) => {
      const text = [...e.childNodes].find((n) => n.textContent?.includes('编号'))!;
      const at = text.textContent!.indexOf('编号');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 2);
      return range.getClientRects().length;
    });
    expect(rects).toBe(1);
  });

  test('a pending timeout counts down on the proposer’s header as the run steps', async ({
    app,
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await app.open('scenario=basic&lang=en');
    await expect(app.countdown('P1')).toHaveCount(0);
    const step = app.button('Step');
    // P1 starts its ballot, and its timer, within the first few steps.
    for (let i = 0; i < 6 && (await app.countdown('P1').count()) === 0; i++) await step.click();
    await expect(app.countdown('P1')).toHaveCount(1);
    await expectSeen(page, app.countdown('P1'), app.node('P1'));
    const left = Number(await app.countdown('P1').innerText());
    const tick = await app.readout().getAttribute('data-cursor');
    for (let i = 0; i < 20 && (await app.readout().getAttribute('data-cursor')) === tick; i++)
      await step.click();
    await expect(app.countdown('P1')).toHaveText(String(left - 1));
    await app.expectState('P1', `times out in ${left - 1} ticks`);
  });

  test('a timeout counts down until it fires, and is gone once it has', async ({ app, page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // Lost messages leave P1 short of promises: its ballot 1 times out at tick 12.
    await app.open('scenario=lossy-network&lang=en&t=8');
    await expect(app.countdown('P1')).toHaveAttribute('data-countdown', 'timeout');
    await expectSeen(page, app.countdown('P1'), app.node('P1'));
    await app.expectState('P1', 'times out in 4 ticks');
    await app.button('Step').click();
    await expect(app.readout()).toContainText('tick 12 of');
    // The timeout fired: its countdown is gone, and the backoff's retry counts down instead.
    await expect(app.node('P1').locator('[data-countdown="timeout"]')).toHaveCount(0);
    await app.expectState('P1', 'waiting to retry · retries in 2 ticks');
    await expect(app.countdown('P1')).toHaveAttribute('data-countdown', 'retry');
    // Once X is chosen P1 stops, and no timer is left to count.
    await app.toEnd();
    await app.expectState('P1', 'knows X is chosen');
    await expect(app.countdown('P1')).toHaveCount(0);
  });
});
