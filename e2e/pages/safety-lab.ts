import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** Paxos's rules, as the Rules panel names them (English). */
export const RULE_NAMES = {
  'ignore-promised-values': 'Propose what the promises report',
  'amnesiac-acceptor': 'Remember promises through a crash',
  'minority-quorum': 'A quorum is a majority',
  'accept-any-ballot': 'Keep the promise',
  'shared-ballots': 'One proposer per ballot',
} as const;

/** Multi-Paxos's rules, as the Rules panel lists them on a log run (English). */
export const LOG_RULE_NAMES = {
  'ignore-promised-slots': 'Recover what the promises report',
  'amnesiac-acceptor': RULE_NAMES['amnesiac-acceptor'],
  'minority-quorum': RULE_NAMES['minority-quorum'],
  'accept-any-ballot': RULE_NAMES['accept-any-ballot'],
  'shared-ballots': RULE_NAMES['shared-ballots'],
  'skip-holes': 'Fill every gap with noop',
  'no-dedup': 'Apply each request once',
  'out-of-order-apply': 'Apply slots in order',
} as const;

export type Rule = keyof typeof RULE_NAMES;
export type LogRule = keyof typeof LOG_RULE_NAMES;

/** The safety lab as a student uses it: the Rules panel, the search, what it shows. */
export class SafetyLab {
  constructor(readonly page: Page) {}

  rulesButton(): Locator {
    return this.page.getByRole('button', { name: /^Rules/ });
  }

  /** Opens the Rules panel and waits for its switches (they load on first open). */
  async openRules(): Promise<void> {
    await this.rulesButton().click();
    await expect(this.page.getByRole('switch').first()).toBeVisible();
  }

  /** A rule's switch: checked while the rule is kept. */
  rule(rule: Rule): Locator {
    return this.page.getByRole('switch', { name: RULE_NAMES[rule] });
  }

  /** A rule's switch on a Multi-Paxos run. */
  logRule(rule: LogRule): Locator {
    return this.page.getByRole('switch', { name: LOG_RULE_NAMES[rule] });
  }

  findButton(): Locator {
    return this.page.getByRole('button', { name: 'Find counterexample' });
  }

  async findCounterexample(): Promise<void> {
    await this.findButton().click();
  }

  /**
   * Sizes the search down to ballots up to 2: every rule break is found there, in a second or
   * two, so a test does not starve the tests beside it.
   */
  async searchSmall(): Promise<void> {
    await this.page.getByRole('combobox', { name: 'Ballots up to' }).selectOption('2');
  }

  /** Scrolls the drawer, as a reader would, until all of `target` is in it. */
  async scrollDrawerTo(target: Locator): Promise<void> {
    await target.evaluate((element) => element.scrollIntoView({ block: 'nearest' }));
  }

  /**
   * Searches, and waits for the violation it finds to be marked on the timeline once the search
   * is over (a run random schedules found is shown first, and a shorter one may replace it).
   */
  async findViolation(): Promise<void> {
    await this.findCounterexample();
    await expect(this.result()).toHaveAttribute('data-search', 'done', { timeout: 30_000 });
    await expect(this.violation()).toBeVisible();
  }

  /** The lab's drawer beside the diagram (a sheet on a phone). */
  drawer(): Locator {
    return this.page.locator('[data-lab-drawer]');
  }

  /** The drawer's ×, which closes it. */
  closeButton(): Locator {
    return this.drawer().getByRole('button', { name: 'Close the rules' });
  }

  /** The outcome's first sentence when the search found a run: "Found in 1.9 s: …". */
  foundLine(): Locator {
    return this.result().getByText(/^Found in [\d.]+ s:/);
  }

  /** The quorum view's table of quorums over acceptors. */
  quorumTable(): Locator {
    return this.quorums().getByRole('table');
  }

  /** The quorum view's sentence saying which two values were chosen, in their order. */
  conflictSentence(): Locator {
    return this.quorums().getByText(/^Two values are chosen:/);
  }

  /** The quorum view's sentences: which values were chosen, and what let the second one be. */
  explanation(): Locator {
    return this.quorums().locator('.px-quorums__line');
  }

  /** The search's outcome, once it has one (`data-search` is its status). */
  result(): Locator {
    return this.page.locator('.px-lab__result');
  }

  /** The mark on the timeline where agreement broke. */
  violation(): Locator {
    return this.page.locator('[data-violation="Agreement"]');
  }

  /** The bar that fills while the search runs. */
  searchProgress(): Locator {
    return this.page.locator('[data-search="running"] progress');
  }

  /** The quorum view beside the narration. */
  quorums(): Locator {
    return this.page.getByRole('group', { name: 'Quorums' });
  }

  /** The quorum view's rows of promise quorums (later ballots that met the chosen value). */
  promiseQuorums(): Locator {
    return this.quorums().locator('[data-quorum="promise"]');
  }

  /** The quorum view's columns marked as acceptors both quorums share. */
  sharedAcceptors(): Locator {
    return this.quorums().locator('[data-shared]');
  }

  /** The rings on the diagram around the votes of the lower (`low`) or higher quorum. */
  quorumRings(quorum: 'low' | 'high'): Locator {
    return this.page.locator(`[data-quorum-mark="${quorum}"] circle`);
  }
}
