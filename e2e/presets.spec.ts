import type { MainScreenPage } from './pages/main-screen';
import { expect, test } from './fixtures';

interface Story {
  id: string;
  /** What each learner shows at the end. */
  learned: Record<string, string>;
  /** What each client shows at the end. */
  clients: Record<string, string>;
  /** The fact the preset is about, as the screen shows it. */
  check(app: MainScreenPage): Promise<void>;
}

const X = 'learned X';
const Y = 'learned Y';

const STORIES: Story[] = [
  {
    id: 'basic',
    learned: { L1: X, L2: X },
    clients: { C1: 'answered: X' },
    check: async (app) =>
      expect(app.labels()).toHaveText([
        'Request',
        'Prepare(1)',
        'Promise(1,{-,-,-})',
        'Accept!(1,X)',
        'Accepted(1,X)',
        'Response',
      ]),
  },
  {
    id: 'acceptor-failure',
    learned: { L1: X, L2: X },
    clients: { C1: 'answered: X' },
    check: async (app) => {
      await expect(app.node('A3')).toHaveAttribute('data-status', 'crashed');
      await expect(app.messages('Prepare', { to: 'A3' })).toHaveAttribute('data-fate', 'dropped');
      await expect(app.labels().filter({ hasText: 'Promise' })).toHaveText('Promise(1,{-,-})');
    },
  },
  {
    id: 'learner-failure',
    learned: { L1: X, L2: 'learned nothing' },
    clients: { C1: 'answered: X' },
    check: async (app) => {
      await expect(app.node('L2')).toHaveAttribute('data-status', 'crashed');
      await expect(app.messages('Response')).toHaveCount(1);
    },
  },
  {
    id: 'proposer-failure',
    learned: { L1: X, L2: X },
    clients: { C1: 'waiting (X)', C2: 'answered: X' },
    check: async (app) => {
      await expect(app.node('P1')).toHaveAttribute('data-status', 'crashed');
      await expect(app.labels().filter({ hasText: 'Promise(2' })).toHaveText(
        'Promise(2,{X(1),-,-})',
      );
      await expect(app.labels().filter({ hasText: 'Accept!(2' })).toHaveText('Accept!(2,X)');
    },
  },
  {
    id: 'dueling-proposers',
    learned: { L1: Y, L2: Y },
    clients: { C1: 'answered: Y', C2: 'answered: Y' },
    check: async (app) => {
      await app.seek(33);
      expect(await app.messages('Nack').count()).toBeGreaterThanOrEqual(6);
      await app.expectState('L1', 'learned nothing');
    },
  },
  {
    id: 'two-values',
    learned: { L1: Y, L2: Y },
    clients: { C2: 'answered: Y' },
    check: async (app) => {
      await app.expectState('A1', 'accepted (2, Y)');
      await expect(app.labels().filter({ hasText: 'Accept!(1' })).toHaveText('Accept!(1,X)');
    },
  },
  {
    id: 'chosen-is-stable',
    learned: { L1: X, L2: X },
    clients: { C1: 'answered: X', C2: 'answered: X' },
    check: async (app) =>
      expect(app.labels().filter({ hasText: 'Accept!(2' })).toHaveText('Accept!(2,X)'),
  },
  {
    id: 'split-majority',
    learned: { L1: Y, L2: Y },
    clients: { C1: 'answered: Y' },
    check: async (app) => {
      await app.seek(14);
      await expect(app.labels().filter({ hasText: 'Accept!(3' })).toHaveText('Accept!(3,X)');
      await app.seek(19);
      await expect(app.labels().filter({ hasText: 'Accept!(4' })).toHaveText('Accept!(4,Y)');
    },
  },
  {
    id: 'highest-ballot',
    learned: { L1: Y, L2: Y },
    clients: { C1: 'answered: Y' },
    check: async (app) => {
      await app.seek(14);
      await expect(app.labels().filter({ hasText: 'Promise(3' })).toContainText('Y(2)');
      await expect(app.labels().filter({ hasText: 'Accept!(3' })).toHaveText('Accept!(3,Y)');
    },
  },
  {
    id: 'no-quorum',
    learned: { L1: X, L2: X },
    clients: { C1: 'answered: X' },
    check: async (app) => {
      await app.seek(30);
      await expect(app.node('A2')).toHaveAttribute('data-status', 'crashed');
      await app.expectState('L1', 'learned nothing');
    },
  },
  {
    id: 'minority-partition',
    learned: { L1: X, L2: X },
    clients: { C1: 'answered: X', C2: 'answered: X' },
    check: async (app) => {
      await app.seek(10);
      await expect(app.node('P2')).toHaveAttribute('data-side', '1');
      await expect(app.node('P1')).toHaveAttribute('data-side', '2');
      await app.expectState('L1', 'learned X');
    },
  },
  {
    id: 'lossy-network',
    learned: { L1: X, L2: X },
    clients: { C1: 'answered: X' },
    check: async (app) => {
      await app.seek(6);
      await expect(app.messages(undefined, { fate: 'dropped' })).toHaveCount(2);
      await app.seek(22);
      expect(await app.messages(undefined, { fate: 'dropped' }).count()).toBeGreaterThanOrEqual(2);
      expect(await app.labels().filter({ hasText: '(duplicate)' }).count()).toBeGreaterThanOrEqual(
        1,
      );
    },
  },
  {
    id: 'crash-recovery',
    learned: { L1: X, L2: X },
    clients: { C1: 'answered: X', C2: 'answered: X' },
    check: async (app) => {
      await expect(app.node('A1')).toHaveAttribute('data-status', 'up');
      await app.expectState('A1', 'accepted (2, X)');
      await app.seek(16);
      await expect(app.labels().filter({ hasText: 'Promise(2' })).toContainText('X(1)');
    },
  },
  {
    id: 'stress',
    learned: { L1: X, L2: X, L3: X },
    clients: { C1: 'answered: X', C5: 'answered: X' },
    check: async (app) => expect(app.nodes()).toHaveCount(20),
  },
];

test.describe('canonical scenarios', () => {
  for (const story of STORIES) {
    test(`${story.id} ends as the story says`, async ({ app }) => {
      await app.open(`scenario=${story.id}&lang=en`);
      await app.toEnd();
      // The end shows the whole run, its crowded labels folded: read them at the cursor's zoom.
      await app.followButton().click();
      for (const [id, text] of Object.entries(story.learned)) await app.expectState(id, text);
      for (const [id, text] of Object.entries(story.clients)) await app.expectState(id, text);
      await story.check(app);
      await app.page.screenshot({ path: `e2e/screenshots/preset-${story.id}.png` });
    });
  }
});
