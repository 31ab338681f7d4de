import type { FrameLocator, Locator, Page } from '@playwright/test';

/**
 * A Paxoscope inside something — an iframe or a `<paxos-scope>` — seen as a user sees it:
 * its buttons by name, and the hooks the main screen's specs use.
 */
export class Embedded {
  constructor(readonly root: FrameLocator | Locator) {}

  button(name: 'Step' | 'Step back' | 'Play' | 'Pause'): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  node(id: string): Locator {
    return this.root.locator(`[data-node="${id}"]`);
  }

  messages(type?: string): Locator {
    return this.root.locator(type === undefined ? '[data-message]' : `[data-message="${type}"]`);
  }

  readout(): Locator {
    return this.root.locator('[data-cursor]');
  }

  openLink(): Locator {
    return this.root.getByRole('link', { name: /Open in Paxoscope/ });
  }

  async cursor(): Promise<number> {
    return Number(await this.readout().getAttribute('data-cursor'));
  }
}

/**
 * What a screen says: every header's full state and every message's kind and fate, and with
 * `words` the narration and the position too (an embed has neither). Two screens that say the
 * same are the same run at the same place. Compare with `expect.poll`: a page draws after it loads.
 */
export async function screenOf(
  root: Page | FrameLocator | Locator,
  options: { words?: boolean } = {},
) {
  const screen = {
    nodes: await root
      .locator('[data-node] button')
      .evaluateAll((b) => b.map((e) => e.getAttribute('aria-label'))),
    messages: await root
      .locator('[data-message]')
      .evaluateAll((m) =>
        m
          .map(
            (e) =>
              `${e.getAttribute('data-id')} ${e.getAttribute('data-message')} ${e.getAttribute('data-fate')}`,
          )
          .sort(),
      ),
  };
  if (options.words !== true) return screen;
  return {
    ...screen,
    narration: await root.locator('[data-narration]').innerText(),
    position: await root.locator('[data-cursor]').innerText(),
  };
}
