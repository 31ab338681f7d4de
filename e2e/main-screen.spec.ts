import { expect, test } from './fixtures';

test.describe('the main screen', () => {
  test('opens the basic scenario ready to step, with no parameters', async ({ app, page }) => {
    await page.goto('./');
    await expect(app.node('A1')).toBeVisible();
    await expect(app.messages()).toHaveCount(0);
    await expect(app.button('Step')).toBeEnabled();
    await expect(app.button('Step back')).toBeDisabled();
    for (const id of ['C1', 'P1', 'A1', 'A2', 'A3', 'L1', 'L2'])
      await expect(app.node(id)).toHaveAttribute('data-status', 'up');
  });

  test('steps through the seed diagram: six kinds, in the seed’s order, with the right states', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.button('Step').click();
    await expect(app.messages('Request')).toHaveCount(1);
    await expect(app.messages('Request')).toHaveAttribute('data-fate', 'in-flight');
    await expect(app.narration()).toHaveText('C1 asks P1 to get X chosen.');

    await app.stepToEnd();
    const kinds = await app.kindsInOrder();
    const firstOfEach = [...new Set(kinds)];
    expect(firstOfEach).toEqual([
      'Request',
      'Prepare',
      'Promise',
      'Accept',
      'Accepted',
      'Response',
    ]);
    await expect(app.messages('Prepare')).toHaveCount(3);
    await expect(app.messages('Promise')).toHaveCount(3);
    await expect(app.messages('Accepted')).toHaveCount(9);
    await expect(app.messages('Response')).toHaveCount(2);
    await expect(app.messages(undefined, { fate: 'delivered' })).toHaveCount(21);
    await expect(app.messages('Prepare', { from: 'P1', to: 'A2' })).toHaveAttribute(
      'data-fate',
      'delivered',
    );

    await expect(app.node('C1')).toContainText('answered: X');
    await expect(app.node('P1')).toContainText('knows X is chosen');
    for (const a of ['A1', 'A2', 'A3']) {
      await expect(app.node(a)).toContainText('promised 1');
      await expect(app.node(a)).toContainText('accepted (1, X)');
    }
    for (const l of ['L1', 'L2']) await expect(app.node(l)).toContainText('learned X');
    await expect(app.labels()).toHaveText([
      'Request',
      'Prepare(1)',
      'Promise(1,{-,-,-})',
      'Accept!(1,X)',
      'Accepted(1,X)',
      'Response',
    ]);
    await page.screenshot({ path: 'e2e/screenshots/basic-end.png' });
  });

  test('steps back and forward one event at a time', async ({ app }) => {
    await app.open('scenario=basic&lang=en');
    for (let i = 0; i < 3; i++) await app.button('Step').click();
    await expect(app.node('A1')).toContainText('promised 1');
    await expect(app.node('A2')).toContainText('no promise');
    await expect(app.narration()).toHaveText(
      'A1 promises ballot 1: from now on it ignores lower ballots. It has accepted nothing yet.',
    );
    await app.button('Step back').click();
    await expect(app.node('A1')).toContainText('no promise');
    await expect(app.messages('Prepare').first()).toHaveAttribute('data-fate', 'in-flight');
    await app.button('Step').click();
    await expect(app.node('A1')).toContainText('promised 1');
    await app.button('Reset').click();
    await expect(app.messages()).toHaveCount(0);
  });

  test('answers the keyboard and the clicker: → PageDown step, ← PageUp back, Space plays', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await expect(app.messages('Prepare')).toHaveCount(3);
    await page.keyboard.press('PageUp');
    await expect(app.messages('Prepare')).toHaveCount(0);
    await page.keyboard.press('ArrowLeft');
    await expect(app.messages()).toHaveCount(0);
    await page.keyboard.press(' ');
    await expect(app.button('Pause')).toBeVisible();
    // The basic lesson asks the audience a question at tick 2: playing stops there once.
    await expect(
      page.getByRole('region', { name: 'Lesson' }).getByRole('button', { name: 'Reveal' }),
    ).toBeVisible({ timeout: 15_000 });
    await expect(app.button('Play')).toBeVisible();
    await page.keyboard.press(' ');
    await expect(app.messages('Response')).toHaveCount(2, { timeout: 15_000 });
    await expect(app.button('Play')).toBeVisible();
  });

  test('shows a message in full on hover and its causes and effects on click', async ({
    app,
    page,
  }) => {
    await app.open('scenario=basic&lang=en');
    await app.stepToEnd();
    const promise = app.messages('Promise', { from: 'A2' });
    await app.pointAt(promise, 'hover');
    await expect(page.getByRole('tooltip')).toContainText('Promise(1,-)');
    await expect(page.getByRole('tooltip')).toContainText('A2 → P1');
    await expect(page.getByRole('tooltip')).toContainText('delivered at tick 3');
    await app.pointAt(promise, 'click');
    await expect(promise).toHaveClass(/px-arrow--selected/);
    await expect(app.messages('Prepare', { to: 'A2' })).toHaveClass(/px-arrow--related/);
    await expect(app.messages('Request')).toHaveClass(/px-arrow--related/);
    await expect(app.messages('Prepare', { to: 'A3' })).toHaveClass(/px-arrow--dimmed/);
  });

  test('speaks Chinese with ?lang=zh', async ({ app }) => {
    await app.open('scenario=basic&lang=zh');
    await expect(app.page.getByRole('button', { name: '下一步' })).toBeVisible();
    await app.page.getByRole('button', { name: '下一步' }).click();
    await expect(app.narration()).toHaveText('C1 请求 P1 让 X 被选定。');
    await expect(app.node('C1')).toContainText('等待中（X）');
  });

  test('reports an unknown scenario and keeps working with the basic one', async ({
    app,
    page,
  }) => {
    await app.open('scenario=%3Cimg%20src%3Dx%3E&lang=en');
    await expect(page.getByRole('alert')).toHaveText(
      'This scenario could not be opened: unknown scenario "<img src=x>"',
    );
    await expect(page.locator('img')).toHaveCount(0);
    await app.button('Step').click();
    await expect(app.messages('Request')).toHaveCount(1);
  });

  test('fits a 360 px phone without sideways scrolling', async ({ app, page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await app.open('scenario=basic&lang=en');
    await app.stepToEnd();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await expect(app.button('Step')).toBeVisible();
    await page.screenshot({ path: 'e2e/screenshots/basic-phone.png' });
  });

  for (const size of [
    { name: 'a phone', width: 360, height: 740 },
    { name: 'a phone on its side', width: 740, height: 360 },
    { name: 'a small window', width: 640, height: 420 },
  ]) {
    test(`on ${size.name} the diagram keeps most of a screen and the page scrolls to the controls`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await app.open('scenario=basic&lang=en');
      const diagram = page.getByRole('group', { name: 'Paxos message diagram' });
      const box = (await diagram.boundingBox())!;
      expect(box.height).toBeGreaterThan(size.height * 0.4);
      await app.button('Step').scrollIntoViewIfNeeded();
      await app.button('Step').click();
      await expect(app.messages('Request')).toHaveCount(1);
    });
  }
});

test('the language switch changes every word, and the link follows', async ({ app, page }) => {
  await app.open('scenario=basic&lang=en');
  await app.button('Step').click();
  await expect(app.narration()).toHaveText('C1 asks P1 to get X chosen.');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(app.narration()).toHaveText('C1 请求 P1 让 X 被选定。');
  await expect(page.getByRole('button', { name: '下一步', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/lang=zh/);
});
