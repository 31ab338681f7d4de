import type { Download, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { screenOf } from './embed';
import { Hooks } from './hooks';

/** The Download menu's choices, by their names. */
export type ExportFormat =
  | 'Scenario file (.json)'
  | 'Trace (.json)'
  | 'Diagram as text (.txt)'
  | 'Diagram as SVG (.svg)'
  | 'Diagram as PNG (.png)';

/** A file as a user's disk would hold it. */
export interface FileOnDisk {
  name: string;
  mimeType: string;
  text: string;
}

/** The main screen as a user sees it: buttons by their names, hooks by their data attributes. */
export class MainScreenPage extends Hooks {
  constructor(readonly page: Page) {
    super(page);
  }

  async open(query = ''): Promise<void> {
    const separator = query === '' ? '' : '&';
    await this.page.goto(`./?motion=0${separator}${query}`);
    await expect(this.nodes().first()).toBeVisible();
  }

  button(name: 'Step' | 'Step back' | 'Play' | 'Pause' | 'Reset'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /**
   * Points at a message where it is distinct from its neighbours: near the sender's end for
   * replies converging on one node, near the receiver's end (`along` close to 1) for one node's
   * fan of requests. A user clicks where an arrow stands apart.
   */
  async pointAt(message: Locator, action: 'hover' | 'click', along = 0.12): Promise<void> {
    const { x, y } = await this.stillPoint(message, along, true);
    if (action === 'hover') await this.page.mouse.move(x, y);
    else await this.page.mouse.click(x, y);
  }

  /**
   * Clicks a point along a message's arrow, whatever a pointer there reaches: where arrows
   * crowd (near a sender), a user cannot tell which one is on top either.
   */
  async clickAlong(message: Locator, along: number): Promise<void> {
    const { x, y } = await this.stillPoint(message, along, false);
    await this.page.mouse.click(x, y);
  }

  /** Clicks the centre of a packet in flight, as a user aims at a dot, once it stays put. */
  async clickPacket(packet: Locator): Promise<void> {
    let point: { x: number; y: number } | null = null;
    await expect
      .poll(async () => {
        point = await packet.evaluate(
          (p) =>
            new Promise<{ x: number; y: number } | null>((resolve) => {
              const at = () => {
                const box = p.getBoundingClientRect();
                return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
              };
              const before = at();
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const after = at();
                  resolve(before.x === after.x && before.y === after.y ? after : null);
                }),
              );
            }),
        );
        return point !== null;
      })
      .toBe(true);
    const { x, y } = point!;
    await this.page.mouse.click(x, y);
  }

  /**
   * A point `along` a message's arrow once it has stayed put for a frame (so a view still moving
   * after a seek cannot take the click) and, when `reaching`, once this message is what a pointer
   * there would reach — like Playwright's own actionability checks, for a line it cannot see
   * (the hit line is never painted).
   */
  private async stillPoint(
    message: Locator,
    along: number,
    reaching: boolean,
  ): Promise<{ x: number; y: number }> {
    const line = message.locator('.px-arrow__hit');
    let point: { x: number; y: number } | null = null;
    await expect
      .poll(async () => {
        point = await line.evaluate(
          (l, [t, mustReach]) =>
            new Promise<{ x: number; y: number } | null>((resolve) => {
              const at = () => {
                const svg = (l as SVGLineElement).ownerSVGElement!.getBoundingClientRect();
                const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) =>
                  Number(l.getAttribute(a)),
                );
                return { x: svg.x + x1! + (x2! - x1!) * t, y: svg.y + y1! + (y2! - y1!) * t };
              };
              const before = at();
              requestAnimationFrame(() =>
                requestAnimationFrame(() => {
                  const after = at();
                  // Asked of the arrow's own root: inside <paxos-scope> the document sees only the element.
                  const root = l.getRootNode() as Document | ShadowRoot;
                  const reached = root.elementFromPoint(after.x, after.y)?.closest('[data-id]');
                  const still = before.x === after.x && before.y === after.y;
                  resolve(still && (!mustReach || reached === l.parentElement) ? after : null);
                }),
              );
            }),
          [along, reaching] as const,
        );
        return point !== null;
      })
      .toBe(true);
    return point!;
  }

  /** Presses Tab until `target` has the focus, as a keyboard user reaches it. */
  async tabTo(target: Locator, limit = 60): Promise<void> {
    for (let presses = 0; presses < limit; presses++) {
      const focused =
        (await target.count()) > 0 && (await target.evaluate((e) => e === document.activeElement));
      if (focused) return;
      await this.page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  }

  /**
   * Checks a node's whole state as a screen reader hears it (narrow lanes show a compact
   * notation, the header's accessible name always has the full sentence).
   */
  async expectState(id: string, text: string): Promise<void> {
    const pattern = text.replace(/[()]/g, '\\$&').replace(/ /g, '[\\s\u00a0]');
    await expect(this.node(id).getByRole('button')).toHaveAccessibleName(new RegExp(pattern));
  }

  /** The diagram's Fit control: the whole run in view. */
  fit(): Locator {
    return this.page.getByRole('button', { name: 'Fit', exact: true });
  }

  followButton(): Locator {
    return this.page.getByRole('button', { name: 'Follow the cursor', exact: true });
  }

  /** Turns the mouse wheel over the middle of the diagram (down zooms out), as a user zooms. */
  async wheelDiagram(deltaY: number): Promise<void> {
    const box = (await this.diagram().boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }

  /** Drags the diagram up by `dy` px from its middle, as a user pans it. */
  async dragDiagram(dy: number): Promise<void> {
    const box = (await this.diagram().boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x, y - dy, { steps: 5 });
    await this.page.mouse.up();
  }

  /** The diagram's box: the part of the screen arrows are drawn in. */
  diagram(): Locator {
    return this.page.locator('.px-swimlanes__diagram');
  }

  /** The message sent last (the highest id on screen), once it is drawn. */
  async lastMessage(): Promise<Locator> {
    const ids = await this.messages().evaluateAll((elements) =>
      elements.map((e) => Number(e.getAttribute('data-id'))),
    );
    return this.page.locator(`[data-message][data-id="${Math.max(...ids)}"]:not([data-packet])`);
  }

  /**
   * Whether an arrow's whole line (both ends) lies inside the diagram's box, as a reader sees
   * it: false when it is not drawn at all (scrolled out of the view).
   */
  async arrowInDiagram(message: Locator): Promise<boolean> {
    if ((await message.count()) === 0) return false;
    const diagram = await this.diagram().evaluate((e) => e.getBoundingClientRect().toJSON());
    const ends = await message
      .first()
      .locator('.px-arrow__hit')
      .evaluate((l) => {
        const svg = (l as SVGLineElement).ownerSVGElement!.getBoundingClientRect();
        const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a)));
        return [
          { x: svg.x + x1!, y: svg.y + y1! },
          { x: svg.x + x2!, y: svg.y + y2! },
        ];
      });
    return ends.every(
      (p) =>
        p.x >= diagram.left - 1 &&
        p.x <= diagram.right + 1 &&
        p.y >= diagram.top - 1 &&
        p.y <= diagram.bottom + 1,
    );
  }

  /**
   * For every label wholly inside the diagram, how far (in px) its vertical centre is from the
   * middle of the arrows it names (their midpoints averaged, as the label is placed), as
   * `text: px`. A label beside its arrows is a few px away; one pushed down a crowd, many.
   */
  labelDrifts(): Promise<{ text: string; drift: number }[]> {
    return this.page.evaluate(() => {
      const diagram = document.querySelector('.px-swimlanes__diagram')!.getBoundingClientRect();
      const drifts: { text: string; drift: number }[] = [];
      for (const label of document.querySelectorAll<HTMLElement>('[data-label]')) {
        const box = label.getBoundingClientRect();
        if (box.top < diagram.top || box.bottom > diagram.bottom) continue;
        const middles = (label.dataset.ids ?? '').split(' ').flatMap((id) => {
          const line = document.querySelector<SVGLineElement>(
            `[data-id="${id}"]:not([data-packet]) .px-arrow__hit`,
          );
          if (line === null) return [];
          const svg = line.ownerSVGElement!.getBoundingClientRect();
          return [svg.y + (line.y1.baseVal.value + line.y2.baseVal.value) / 2];
        });
        if (middles.length === 0) continue;
        const middle = middles.reduce((a, b) => a + b, 0) / middles.length;
        drifts.push({
          text: label.textContent ?? '',
          drift: Math.abs(box.top + box.height / 2 - middle),
        });
      }
      return drifts;
    });
  }

  /** Drags the scrubber to a time. */
  async seek(time: number): Promise<void> {
    await this.page.getByRole('slider', { name: 'Time in the run' }).fill(String(time));
  }

  /** Goes to the end of the run, every step applied (the End key). */
  async toEnd(): Promise<void> {
    await this.page.locator('body').press('End');
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
    return this.messages().evaluateAll((elements) =>
      elements
        .map((e) => ({
          id: Number(e.getAttribute('data-id')),
          type: e.getAttribute('data-message')!,
        }))
        .sort((a, b) => a.id - b.id)
        .map((m) => m.type),
    );
  }

  /** Opens Download, chooses a format and waits for the browser's download. */
  async download(format: ExportFormat): Promise<Download> {
    await this.page.getByRole('button', { name: 'Download', exact: true }).click();
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: format }).click();
    return downloading;
  }

  /** Opens a file with the Import button's file picker. */
  async importFile(file: FileOnDisk): Promise<void> {
    await this.page.getByLabel('Import a scenario file').setInputFiles({
      name: file.name,
      mimeType: file.mimeType,
      buffer: Buffer.from(file.text),
    });
  }

  /** The message shown when an imported or dropped file was not opened. */
  importError(): Locator {
    return this.page.locator('[data-import-error]');
  }

  /**
   * Drags a file from the desktop over the diagram and drops it, as the browser would: enter,
   * over (the drop overlay shows), drop.
   */
  async dropFile(file: FileOnDisk): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(({ name, mimeType, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: mimeType }));
      return transfer;
    }, file);
    const target = this.page.locator('.px-swimlanes__svg');
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
    await expect(this.page.locator('[data-drop-overlay]')).toBeVisible();
    await target.dispatchEvent('drop', { dataTransfer });
    await expect(this.page.locator('[data-drop-overlay]')).toHaveCount(0);
  }

  /** What the screen says: every header's full state, every message's kind and fate, the narration. */
  screen() {
    return screenOf(this.page, { words: true });
  }

  /** The lesson card: the current stop, its question, or why the lesson is set aside. */
  lesson(): Locator {
    return this.page.getByRole('region', { name: 'Lesson' });
  }

  /** The tick the cursor is at, as the readout says. */
  async tick(): Promise<number> {
    return Number(await this.readout().getAttribute('data-cursor'));
  }

  /** The presenter screen, there while presenter mode is on. */
  presenter(): Locator {
    return this.page.locator('[data-mode="present"]');
  }

  /** The black screen B puts up in presenter mode. */
  blank(): Locator {
    return this.page.locator('[data-blank]');
  }

  laserPointer(): Locator {
    return this.page.locator('[data-laser]');
  }
}
