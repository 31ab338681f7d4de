import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The main screen as a user sees it: buttons by their names, hooks by their data attributes. */
export class MainScreenPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<void> {
    const separator = query === '' ? '' : '&';
    await this.page.goto(`./?motion=0${separator}${query}`);
    await expect(this.page.locator('[data-node]').first()).toBeVisible();
  }

  button(name: 'Step' | 'Step back' | 'Play' | 'Pause' | 'Reset'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  node(id: string): Locator {
    return this.page.locator(`[data-node="${id}"]`);
  }

  messages(type?: string): Locator {
    return this.page.locator(type === undefined ? '[data-message]' : `[data-message="${type}"]`);
  }

  narration(): Locator {
    return this.page.locator('[data-narration]');
  }

  /**
   * Points at a message near its sender's end, where arrows of one fan do not overlap yet
   * (a user clicks where an arrow is distinct).
   */
  async pointAt(message: Locator, action: 'hover' | 'click'): Promise<void> {
    const line = message.locator('.px-arrow__hit');
    const [x1, y1, x2, y2] = await line.evaluate((l) =>
      ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a))),
    );
    const box = (await this.page.locator('.px-swimlanes__svg').boundingBox())!;
    const x = box.x + x1! + (x2! - x1!) * 0.12;
    const y = box.y + y1! + (y2! - y1!) * 0.12;
    if (action === 'hover') await this.page.mouse.move(x, y);
    else await this.page.mouse.click(x, y);
  }

  /** Presses Step until it is disabled (the last event), counting the presses. */
  async stepToEnd(limit = 500): Promise<number> {
    const step = this.button('Step');
    let presses = 0;
    while ((await step.isEnabled()) && presses < limit) {
      await step.click();
      presses++;
    }
    return presses;
  }

  /** The message kinds on screen, in the order they were sent (by message id). */
  async kindsInOrder(): Promise<string[]> {
    return this.page.locator('[data-message]').evaluateAll((elements) =>
      elements
        .map((e) => ({
          id: Number(e.getAttribute('data-id')),
          type: e.getAttribute('data-message')!,
        }))
        .sort((a, b) => a.id - b.id)
        .map((m) => m.type),
    );
  }
}
