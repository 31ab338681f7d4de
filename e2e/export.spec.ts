import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { MainScreenPage } from './pages/main-screen';

/** The file a download wrote, as text. */
async function textOf(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

/** What the CLI prints for a scenario file: the reference for the diagram as text. */
function cliAscii(path: string): string {
  return execFileSync('npm', ['run', '--silent', 'sim', '--', 'run', path, '--format', 'ascii'], {
    encoding: 'utf8',
  });
}

test.describe('Download', () => {
  // A run with an edit in it (A3 crashes after the request), so every file must carry the edit.
  test.beforeEach(async ({ app, page }) => {
    await app.open('scenario=basic&lang=en');
    await app.button('Step').click();
    await app.node('A3').click();
    await page.getByRole('menuitem', { name: 'Crash' }).click();
    await app.toEnd();
    await expect(app.messages('Prepare', { to: 'A3' })).toHaveAttribute('data-fate', 'dropped');
  });

  test('the scenario file carries the edit and re-imports to the same run', async ({
    app,
    context,
  }) => {
    const download = await app.download('Scenario file (.json)');
    expect(download.suggestedFilename()).toBe('paxoscope-basic.json');
    const text = await textOf(download);
    expect(JSON.parse(text)).toMatchObject({
      version: 1,
      script: expect.arrayContaining([{ at: 1, crash: 'A3' }]),
    });

    const other = new MainScreenPage(await context.newPage());
    await other.open('scenario=basic&lang=en');
    await other.importFile({ name: 'paxoscope-basic.json', mimeType: 'application/json', text });
    await expect(other.importError()).toHaveCount(0);
    await other.toEnd();
    expect(await other.screen()).toEqual(await app.screen());
  });

  test('the trace lists every message on screen, with its fate', async ({ app }) => {
    const download = await app.download('Trace (.json)');
    expect(download.suggestedFilename()).toBe('paxoscope-basic.trace.json');
    const trace = JSON.parse(await textOf(download)) as {
      format: string;
      version: number;
      messages: { id: number; type: string; fate: string }[];
    };
    expect(trace).toMatchObject({ format: 'paxoscope-trace', version: 1 });
    const onScreen = (await app.screen()).messages;
    expect(trace.messages).toHaveLength(onScreen.length);
    expect(trace.messages.map((m) => `${m.id} ${m.type} ${m.fate}`).sort()).toEqual(onScreen);
  });

  test('the diagram as text is what the CLI draws for the downloaded scenario', async ({ app }) => {
    const scenario = await app.download('Scenario file (.json)');
    const text = await app.download('Diagram as text (.txt)');
    expect(text.suggestedFilename()).toBe('paxoscope-basic.txt');
    const ascii = await textOf(text);
    expect(ascii).toContain('!! A3 FAILS !!');
    expect(ascii).toBe(cliAscii((await scenario.path())!));
  });

  test('the SVG parses, has one arrow per message and the labels on screen', async ({
    app,
    page,
  }) => {
    const download = await app.download('Diagram as SVG (.svg)');
    expect(download.suggestedFilename()).toBe('paxoscope-basic.svg');
    const svg = await textOf(download);
    const drawn = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        arrows: doc.querySelectorAll('[data-message]').length,
        lost: doc.querySelectorAll('[data-fate="dropped"]').length,
        labels: [...doc.querySelectorAll('[data-label] text')].map((t) => t.textContent).sort(),
      };
    }, svg);
    expect(drawn).toMatchObject({ errors: 0, root: 'svg' });
    expect(drawn.arrows).toBe(await app.messages().count());
    expect(drawn.lost).toBe(await app.messages(undefined, { fate: 'dropped' }).count());
    expect(drawn.labels).toEqual((await app.labels().allInnerTexts()).sort());
  });

  test('the PNG is a real image at twice the diagram’s size', async ({ app, context }) => {
    const svg = await textOf(await app.download('Diagram as SVG (.svg)'));
    const download = await app.download('Diagram as PNG (.png)');
    expect(download.suggestedFilename()).toBe('paxoscope-basic.png');
    const png = readFileSync((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * width!, 2 * height!]);

    const viewer = await context.newPage();
    await viewer.setContent(`<img src="data:image/png;base64,${png.toString('base64')}">`);
    const decoded = await viewer.locator('img').evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return img.naturalWidth;
    });
    expect(decoded).toBe(2 * width!);
  });
});

test('diagrams are drawn in the reader’s language', async ({ app }) => {
  await app.open('scenario=basic&lang=zh');
  await app.page.getByRole('button', { name: '下载', exact: true }).click();
  const downloading = app.page.waitForEvent('download');
  await app.page.getByRole('menuitem', { name: 'SVG 图 (.svg)' }).click();
  const svg = await textOf(await downloading);
  for (const title of ['客户端', '提议者', '接受者', '学习者', '基本 Paxos'])
    expect(svg).toContain(`>${title}</`);
});

test('a dropped file opens like an imported one; a bad one says why and keeps the run', async ({
  app,
}) => {
  await app.open('scenario=basic&lang=en');
  await app.seek(3);
  await app.dropFile({
    name: 'bad.json',
    mimeType: 'application/json',
    text: JSON.stringify({
      version: 1,
      nodes: { clients: 1, proposers: 1, acceptors: 3, learners: 1 },
      script: [{ at: 1, crash: 'A9' }],
    }),
  });
  await expect(app.importError()).toHaveText(
    'bad.json was not opened: script[0].crash: unknown node "A9" (acceptors are A1..A3)',
  );
  await app.expectState('P1', 'phase 2');

  await app.dropFile({ name: 'notes.txt', mimeType: 'text/plain', text: 'not a scenario' });
  await expect(app.importError()).toHaveText(/^notes\.txt was not opened: not valid JSON/);
  await app.expectState('P1', 'phase 2');

  await app.dropFile({
    name: 'two.json',
    mimeType: 'application/json',
    text: JSON.stringify({
      version: 1,
      nodes: { clients: 1, proposers: 1, acceptors: 2, learners: 1 },
      script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value: 'Y' } }],
    }),
  });
  await expect(app.importError()).toHaveCount(0);
  await expect(app.node('A3')).toHaveCount(0);
  await app.toEnd();
  await app.expectState('L1', 'learned Y');
});
