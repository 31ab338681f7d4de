import { expect, test } from './fixtures';

/**
 * "You are the network": a student delivers every message by hand. While anything is in
 * flight the screen says so and Step delivers the oldest; it never says the run is over.
 */
test('you are the network: the screen says what waits, and Step delivers until Paxos is done', async ({
  app,
  page,
}) => {
  await app.open('scenario=basic&lang=en');
  await page.getByRole('checkbox', { name: 'You are the network' }).check();
  const readout = app.readout();
  await expect(app.narration()).toContainText('You are the network: 1 message is in flight.');
  await expect(app.narration()).not.toContainText('The run is over.');
  await expect(app.button('Step')).toBeEnabled();
  // The position never lies past the run's end.
  await expect(readout).toHaveText(/^tick (\d+) of (\d+)/);
  const [time, end] = (await readout.innerText()).match(/\d+/g)!.map(Number);
  expect(time).toBeLessThanOrEqual(end!);

  await app.button('Step').click();
  await expect(app.messages('Prepare')).toHaveCount(3);
  await expect(app.narration()).toContainText('3 messages are in flight');
  await expect(app.button('Step')).toBeEnabled();

  const presses = await app.stepToEnd(60);
  expect(presses).toBeGreaterThan(5);
  await expect(app.narration()).toContainText('The run is over.');
  await app.expectState('C1', 'answered: X');
  await expect(app.messages(undefined, { fate: 'in-flight' })).toHaveCount(0);
});

test('a lever at the end of a run that stopped at its limit still plays out', async ({
  app,
  page,
}) => {
  await app.open('scenario=basic&lang=en');
  await app.button('Step').click();
  for (const node of ['A2', 'A3']) {
    await app.node(node).click();
    await page.getByRole('menuitem', { name: 'Crash' }).click();
  }
  // One acceptor cannot make a majority: P1 retries until the run's limit.
  await app.toEnd();
  const readout = app.readout();
  await expect(app.narration()).toContainText('The run stops here, at tick');
  await expect(app.narration()).not.toContainText('The run is over.');
  await app.node('A2').click();
  await page.getByRole('menuitem', { name: 'Restart' }).click();
  await app.toEnd();
  const [time, end] = (await readout.innerText()).match(/\d+/g)!.map(Number);
  expect(time).toBeLessThanOrEqual(end!);
  await app.expectState('L1', 'learned X');
  await expect(app.narration()).toContainText('The run is over.');
});
