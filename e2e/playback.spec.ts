import { expect, test } from './fixtures';

test.describe('playback and the view', () => {
  test('zooming or panning the diagram stops following the cursor until asked again', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    const follow = page.getByRole('button', { name: /Follow the cursor/ });
    await expect(follow).toHaveCount(0);
    const diagram = page.locator('.px-swimlanes__svg');
    await diagram.hover();
    await page.mouse.wheel(0, -400);
    await expect(follow).toBeVisible();
    const tickBefore = await page.locator('.px-tick text').first().textContent();
    await follow.click();
    await expect(follow).toHaveCount(0);
    expect(tickBefore).not.toBeNull();
  });

  test('pauses by itself when the tab is hidden', async ({ app, page }) => {
    await app.open('scenario=basic&lang=en');
    await app.button('Play').click();
    await expect(app.button('Pause')).toBeVisible();
    await page.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(app.button('Play')).toBeVisible();
    const cursor = await app.readout().getAttribute('data-cursor');
    await page.waitForTimeout(400);
    await expect(app.readout()).toHaveAttribute('data-cursor', cursor!);
  });

  test('jumps straight to the next event when the system asks for reduced motion', async ({
    app,
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('./?scenario=basic&lang=en');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(app.readout()).toHaveAttribute('data-cursor', '1');
  });

  test('glides the cursor to the next event when motion is allowed', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('./?scenario=basic&lang=en');
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // Sample the cursor on every frame after the second Step, with each frame's time since it.
    const samples = await page.evaluate(
      () =>
        new Promise<{ at: number; cursor: number }[]>((resolve) => {
          const seen: { at: number; cursor: number }[] = [];
          const start = performance.now();
          const read = (now: number) => {
            const cursor = Number(
              document.querySelector('[data-cursor]')!.getAttribute('data-cursor'),
            );
            seen.push({ at: now - start, cursor });
            if (seen.length < 40) requestAnimationFrame(read);
            else resolve(seen);
          };
          (
            document.querySelector(
              'button[aria-keyshortcuts="ArrowRight PageDown"]',
            ) as HTMLButtonElement
          ).click();
          requestAnimationFrame(read);
        }),
    );
    // The glide takes 280 ms: a frame well inside it shows the cursor between the two ticks (a
    // machine too busy to draw a frame then cannot show one, and proves nothing either way).
    const during = samples.filter((s) => s.at > 40 && s.at < 220);
    for (const s of during) expect(s.cursor, `at ${Math.round(s.at)} ms`).toBeGreaterThan(0);
    for (const s of during) expect(s.cursor, `at ${Math.round(s.at)} ms`).toBeLessThan(1);
    expect(samples.at(-1)!.cursor).toBe(1);
  });

  test('the diagram holds still while the narration changes, step after step', async ({
    app,
    page,
  }) => {
    // proposer-failure's lesson and narration run from one line to several as it plays. Only a
    // question card, whose options must show whole, takes room from the diagram, and only while
    // it is open.
    await app.open('scenario=proposer-failure&lang=en');
    const diagram = page.locator('.px-swimlanes__svg');
    const asking = page.getByRole('group', { name: /Which value will P2 propose/ });
    const firstTick = page.locator('.px-tick text').first();
    const slider = page.getByRole('slider', { name: 'Time in the run' });
    const sizes = new Set<string>();
    let asked = 0;
    for (let i = 0; i < 30; i++) {
      await app.button('Step').click();
      if (await asking.isVisible()) {
        asked++;
        continue;
      }
      const box = (await diagram.boundingBox())!;
      sizes.add(`${box.y},${box.height}`);
      // The run's first tick stays in sight: the diagram never scrolls while the cursor, and a
      // tick and a half below it for the messages in flight, fit on its first page (ticks 0-8
      // at this size).
      if (Number(await slider.inputValue()) <= 7) await expect(firstTick).toHaveText('0');
    }
    expect(asked).toBeGreaterThan(0);
    expect([...sizes]).toHaveLength(1);
  });

  test('the scrubber seeks anywhere in the run', async ({ app, page }) => {
    await app.open('scenario=basic&lang=en');
    const slider = page.getByRole('slider', { name: 'Time in the run' });
    await slider.fill('4');
    await expect(app.node('P1')).toContainText('phase 2 · ballot 1');
    await expect(app.node('A1')).toContainText('accepted (1, X)');
    await expect(app.messages('Accepted').first()).toHaveAttribute('data-fate', 'in-flight');
    await slider.fill('0');
    await expect(app.messages('Request')).toHaveAttribute('data-fate', 'in-flight');
  });
});
