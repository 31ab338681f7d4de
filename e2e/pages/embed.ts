import type { FrameLocator, Locator, Page } from '@playwright/test';
import { Hooks } from './hooks';

/**
 * A Paxoscope inside something — an iframe or a `<paxos-scope>` — seen as a user sees it:
 * its buttons by name, and the hooks the main screen's specs use.
 */
export class Embedded extends Hooks {
  constructor(override readonly root: FrameLocator | Locator) {
    super(root);
  }

  button(name: 'Step' | 'Step back' | 'Play' | 'Pause'): Locator {
    return this.root.getByRole('button', { name, exact: true });
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
  const hooks = new Hooks(root);
  const screen = {
    nodes: await hooks.nodes().evaluateAll((n) => n.map((e) => e.getAttribute('data-spoken'))),
    messages: await hooks
      .messages()
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
    narration: await hooks.narration().innerText(),
    position: await hooks.readout().innerText(),
  };
}
