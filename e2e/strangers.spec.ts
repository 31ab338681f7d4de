import type { Page } from '@playwright/test';
import lz from 'lz-string';
import { expect, test } from './fixtures';
import { Embedded } from './pages/embed';
import { MainScreenPage } from './pages/main-screen';
import { heavyScenarioFile } from '../src/sim/heavy.testing';

/**
 * Links, embeds and files come from strangers: whatever they hold, the page opens the run it
 * can and says what it could not, and never goes blank or throws.
 */
const NODES = { clients: 1, proposers: 1, acceptors: 3, learners: 2 };
// lz-string is a CommonJS module: Node gives it to an ES module as its default export only.
const { compressToEncodedURIComponent } = lz;
const pack = (data: unknown) => compressToEncodedURIComponent(JSON.stringify(data));
const linkTo = (file: unknown) => `v=1&s=${pack(file)}&lang=en`;

/** Collects what the page throws, so a test can say it threw nothing. */
function thrown(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe("a stranger's run", () => {
  test('the heaviest valid scenario draws its first ticks at once, answers, and stops at its budget', async ({
    app,
    page,
  }) => {
    const errors = thrown(page);
    await app.open(linkTo(heavyScenarioFile()));
    const readout = app.readout();
    // The lanes are up while the rest of the run is still being recorded.
    await expect(readout).toContainText('recording the rest…');
    await app.button('Step').click();
    await expect(app.narration()).toContainText('C1 asks P1');
    await expect(app.notice()).toHaveText(
      /^Stopped after 100,000 messages, at tick \d+: that is the most one run records\./,
      { timeout: 30_000 },
    );
    await expect(readout).not.toContainText('recording');
    // The place survived the whole run replacing its first part.
    await expect(readout).toContainText('step 1 of');
    await app.toEnd();
    await expect(app.narration()).toContainText(
      'The run stops here: it reached the most one run may record.',
    );
    await expect(app.narration()).not.toContainText('The run is over.');
    expect(errors).toEqual([]);
  });

  const empties: [string, unknown][] = [
    ['an empty script', { version: 1, nodes: NODES, script: [] }],
    [
      'a script of only a scheduler entry',
      { version: 1, nodes: NODES, script: [{ at: 0, scheduler: 'manual' }] },
    ],
    [
      'entries after until',
      {
        version: 1,
        nodes: NODES,
        until: 3,
        script: [{ at: 5, request: { client: 'C1', proposer: 'P1', value: 'X' } }],
      },
    ],
  ];
  for (const [name, file] of empties) {
    test(`a run with no steps opens at tick 0 and says nothing happens: ${name}`, async ({
      app,
      page,
    }) => {
      const errors = thrown(page);
      await app.open(linkTo(file));
      await expect(app.node('A1')).toBeVisible();
      await expect(app.readout()).toHaveText(/^tick 0 of \d+ · step 0 of 0$/);
      await expect(app.narration()).toContainText('Nothing happens in this run until someone acts');
      await expect(page.locator('[role="alert"]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('a run with no steps in an embed and in <paxos-scope> says so on the diagram', async ({
    app,
    page,
    baseURL,
  }) => {
    const errors = thrown(page);
    const empty = { version: 1, nodes: NODES, script: [] };
    await page.goto(`./?embed=1&motion=0&${linkTo(empty)}`);
    await expect(app.node('A1')).toBeVisible();
    await expect(app.notice()).toHaveText(
      'Nothing happens in this run: its script sends no request.',
    );
    await page.setContent(
      `<paxos-scope s="${pack(empty)}" lang="en" motion="0"></paxos-scope><script src="${baseURL}paxos-scope.js"></script>`,
    );
    const element = new Embedded(page.locator('paxos-scope'));
    await expect(element.node('A1')).toBeVisible();
    await expect(element.notice()).toHaveText(
      'Nothing happens in this run: its script sends no request.',
    );
    expect(errors).toEqual([]);
  });

  test('an imported file with no steps opens, replacing the run on screen', async ({ app }) => {
    await app.open('scenario=basic&lang=en');
    await app.importFile({
      name: 'empty.json',
      mimeType: 'application/json',
      text: JSON.stringify({ version: 1, nodes: { ...NODES, acceptors: 5 }, script: [] }),
    });
    await expect(app.node('A5')).toBeVisible();
    await expect(app.readout()).toHaveText('tick 0 of 0 · step 0 of 0');
    await expect(app.narration()).toContainText('Nothing happens in this run until someone acts');
  });
});

test.describe('links a stranger wrote', () => {
  /** Opens a link that must be refused: the basic run opens and the reason is on screen. */
  async function refused(page: Page, query: string, reason: string | RegExp): Promise<void> {
    const errors = thrown(page);
    await page.goto(`./?motion=0&${query}`);
    await expect(new MainScreenPage(page).node('A1')).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(reason);
    // The message quotes at most a short, escaped piece of what the stranger wrote.
    expect((await alert.innerText()).length).toBeLessThan(300);
    await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeEnabled();
    expect(errors).toEqual([]);
  }

  const request = (value: unknown) => ({
    version: 1,
    nodes: NODES,
    script: [{ at: 0, request: { client: 'C1', proposer: 'P1', value } }],
  });

  test('a value that is an object is refused with its path, not an internal error', async ({
    page,
  }) => {
    await refused(page, linkTo(request({ toString: 'X' })), 'script[0].request.value');
  });

  test('lists nested thousands deep are refused before they are read', async ({ page }) => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    await refused(page, `v=1&s=${compressToEncodedURIComponent(deep)}`, /20 deep/);
  });

  test('a bidi control in a value is refused; a right-to-left value keeps the sentence in order', async ({
    app,
    page,
  }) => {
    await refused(page, linkTo(request('X\u202eY')), 'script[0].request.value');
    await app.open(linkTo(request('שלום')));
    await app.button('Step').click();
    // The value is isolated: it cannot pull the words around it into right-to-left order.
    await expect(app.narration()).toContainText('\u2068שלום\u2069');
  });

  test('a hundred edits of a hundred entries are refused by count', async ({ page }) => {
    // A static server refuses addresses much longer than this (Node's by 16 KB of headers).
    const entry = { at: 1, crash: 'A1' };
    const edits = Array.from({ length: 100 }, () => ({
      kind: 'script',
      entries: Array.from({ length: 100 }, () => entry),
    }));
    await refused(page, `v=1&scenario=basic&e=${pack(edits)}`, /the limit is 1000/);
  });

  test('a link from a newer Paxoscope says so', async ({ page }) => {
    await refused(page, 'v=2&scenario=basic', 'from a newer Paxoscope');
  });

  test('links at and just past each limit open or are refused with the reason', async ({
    app,
    page,
  }) => {
    const errors = thrown(page);
    const many = (count: number) => ({
      version: 1,
      nodes: { clients: 9, proposers: 9, acceptors: 9, learners: 9 },
      until: 10000,
      script: Array.from({ length: count }, (_, i) => ({
        at: i % 10001,
        request: { client: 'C1', proposer: 'P1', value: 'X' },
      })),
    });
    const samples: [unknown, string | null][] = [
      [many(1000), null],
      [many(1001), 'script'],
      [request('v'.repeat(64)), null],
      [request('v'.repeat(65)), 'script[0].request.value'],
      [{ ...request('X'), until: 10000 }, null],
      [{ ...request('X'), until: 10001 }, 'until'],
      [{ ...request('X'), nodes: { ...NODES, acceptors: 10 } }, 'nodes.acceptors'],
    ];
    for (const [file, path] of samples) {
      await page.goto(`./?motion=0&${linkTo(file)}`);
      await expect(app.node('A1')).toBeVisible();
      if (path === null) await expect(page.getByRole('alert')).toHaveCount(0);
      else await expect(page.getByRole('alert')).toContainText(path);
    }
    expect(errors).toEqual([]);
  });
});
