import { expect, test } from './fixtures';

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
