import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** A box on screen, in CSS pixels of the page. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The part of an element a user can see: its box cut by the viewport and by every ancestor
 * that clips (a scrolling box, `overflow: hidden`), across shadow roots and into the top page
 * for an iframe's content. A sentence cut off by its box, or under the fold, shows less than
 * its whole box.
 */
export async function shownBox(locator: Locator): Promise<{ box: Box; shown: Box }> {
  return locator.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const box = { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    let [left, top, right, bottom] = [rect.left, rect.top, rect.right, rect.bottom];
    const cut = (r: { left: number; top: number; right: number; bottom: number }) => {
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    };
    let node: Element | null = element;
    while (node !== null) {
      const parent: Element | null =
        node.parentElement ??
        ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
        null;
      if (parent !== null) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible')
          cut(parent.getBoundingClientRect());
      }
      node = parent;
    }
    cut({ left: 0, top: 0, right: innerWidth, bottom: innerHeight });
    const shown = {
      x: left,
      y: top,
      width: Math.max(0, right - left),
      height: Math.max(0, bottom - top),
    };
    return { box, shown };
  });
}

/**
 * What cuts off part of an element's box: the viewport's edges, or an ancestor that clips or
 * scrolls its content (overflow other than visible), across shadow roots. An empty list means
 * the whole box is on screen, where a user can read it without scrolling anything: a control a
 * room must scroll to find is hidden from it, though `toBeVisible` calls it visible. Each cut
 * is named (`the viewport`, `div.px-words`…) so a failing test says where the box was lost.
 */
export async function cutsOf(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return ['its own size (nothing shows)'];
    // A pixel either way: layout and scrolling round, a reader does not notice.
    const outside = (top: number, left: number, bottom: number, right: number) =>
      box.top < top - 1 || box.left < left - 1 || box.bottom > bottom + 1 || box.right > right + 1;
    const cuts: string[] = [];
    if (outside(0, 0, innerHeight, innerWidth)) cuts.push('the viewport');
    const parentOf = (node: Element): Element | null =>
      node.parentElement ??
      ((node.getRootNode() as ShadowRoot).host as Element | undefined) ??
      null;
    for (let up = parentOf(element); up !== null; up = parentOf(up)) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      // The part of the ancestor that shows its content: inside its borders, not its scrollbars.
      const frame = up.getBoundingClientRect();
      const top = frame.top + up.clientTop;
      const left = frame.left + up.clientLeft;
      if (outside(top, left, top + up.clientHeight, left + up.clientWidth))
        cuts.push(`${up.tagName.toLowerCase()}.${[...up.classList].join('.')}`);
    }
    return cuts;
  });
}

/**
 * Checks that the whole of an element comes to be in sight: nothing of it scrolled away or cut
 * off. It asks again until the layout settles (a panel that has just opened, a result that has
 * just grown the drawer), as a reader looks once the screen has stopped moving.
 */
export async function expectWhollyShown(locator: Locator, what: string): Promise<void> {
  await expect.poll(() => cutsOf(locator), { message: `${what} is cut off by` }).toEqual([]);
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlap(a: Box, b: Box): boolean {
  const across = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const down = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return across > 0.5 && down > 0.5;
}

/** How far the page scrolls sideways: 0 when it fits the viewport's width. */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** Scrolls the page as far down as it goes, as a thumb would to reach the controls. */
export async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/**
 * The controls a finger can hit that are smaller than `min` px either way, as `name w×h`. A
 * checkbox counts with its label, which takes the tap too; a visually hidden input (a file
 * picker behind its label) is not a target of its own. A message is a line to tap: its size is
 * its hit line's width and length, not the box around a slanted line.
 */
export function smallTargets(page: Page, min = 24): Promise<string[]> {
  return page.evaluate((min) => {
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, summary, [role="button"], [role="menuitem"]',
    );
    const small: string[] = [];
    for (const target of targets) {
      const hit = target.closest('label') ?? target;
      const line = target instanceof SVGGElement ? target.querySelector('line') : null;
      const r =
        line === null
          ? hit.getBoundingClientRect()
          : {
              width: Math.hypot(
                line.x2.baseVal.value - line.x1.baseVal.value,
                line.y2.baseVal.value - line.y1.baseVal.value,
              ),
              height: parseFloat(getComputedStyle(line).strokeWidth),
            };
      const hidden =
        r.width <= 1 || r.height <= 1 || getComputedStyle(target).visibility === 'hidden';
      if (hidden || target.getClientRects().length === 0) continue;
      if (r.width < min || r.height < min)
        small.push(
          `${target.getAttribute('aria-label') ?? target.textContent?.trim() ?? target.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`,
        );
    }
    return small;
  }, min);
}

/**
 * What node headers show but cut off: every run of text (and the countdown's ring) whose
 * rendered rectangles, measured with a range, reach past its header's own box, as
 * `node "text"`. A header clips its content, so a token wider or taller than its room is cut;
 * a pixel either way is the font's own margin, which holds no ink.
 * `headers` is every header to check (`Hooks.nodes()`), on a page, in an iframe or an element.
 */
export function clippedInHeaders(headers: Locator): Promise<string[]> {
  return headers.evaluateAll((all) => {
    const cut: string[] = [];
    for (const header of all as HTMLElement[]) {
      const box = header.getBoundingClientRect();
      const outside = (r: DOMRect) =>
        r.width > 0 &&
        (r.left < box.left - 1 ||
          r.right > box.right + 1 ||
          r.top < box.top - 1 ||
          r.bottom > box.bottom + 1);
      const walker = document.createTreeWalker(header, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(text);
        if ([...range.getClientRects()].some(outside))
          cut.push(`${header.dataset.node} "${text.textContent}"`);
      }
      for (const ring of header.querySelectorAll('svg'))
        if (outside(ring.getBoundingClientRect())) cut.push(`${header.dataset.node} ring`);
    }
    return cut;
  });
}

/**
 * What is wrong with the role titles (`Hooks.roleTitles()`) as a reader sees them: a word in type
 * smaller than `minPx`, a word that runs past the headers' edge, two words that cover each other.
 * Each title's word is measured with a range, so a word wider than its lanes counts as drawn.
 */
export function unreadableTitles(titles: Locator, minPx = 9): Promise<string[]> {
  return titles.evaluateAll((all, min) => {
    const problems: string[] = [];
    const headers = all[0]?.closest('.px-headers')?.getBoundingClientRect();
    const words = (all as HTMLElement[]).map((title) => {
      const range = document.createRange();
      range.selectNodeContents(title);
      return { text: title.textContent ?? '', r: range.getBoundingClientRect(), title };
    });
    for (const [i, a] of words.entries()) {
      const size = parseFloat(getComputedStyle(a.title).fontSize);
      if (size < min) problems.push(`${a.text} in ${size.toFixed(1)} px type`);
      if (headers && (a.r.left < headers.left - 0.5 || a.r.right > headers.right + 0.5))
        problems.push(`${a.text} past the headers' edge`);
      for (const b of words.slice(i + 1))
        if (Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 0.5)
          problems.push(`${a.text} / ${b.text}`);
    }
    return problems;
  }, minPx);
}

/**
 * Where a label's count (`+3`) lies over its own words, as the label's text: every line box of
 * the words, measured with a range, is checked against the count's box. `labels` is every label
 * to check (`Hooks.labels()`), on a page, in an iframe or an element.
 */
export function countsOverWords(labels: Locator): Promise<string[]> {
  return labels.evaluateAll((all) => {
    const over: string[] = [];
    for (const label of all as HTMLElement[]) {
      const count = label.querySelector('[data-folded]');
      if (count === null) continue;
      const c = count.getBoundingClientRect();
      const words = document.createRange();
      words.setStart(label, 0);
      words.setEndBefore(count);
      const hit = [...words.getClientRects()].some(
        (r) =>
          r.width > 0 &&
          Math.min(r.right, c.right) - Math.max(r.left, c.left) > 0.5 &&
          Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) > 0.5,
      );
      if (hit) over.push(label.innerText.replace(/\s+/g, ' '));
    }
    return over;
  });
}

/** The pairs of labels whose boxes share any area, as `A / B`: each label is read as its arrows'. */
export function overlappingLabels(labels: Locator): Promise<string[]> {
  return labels.evaluateAll((all) => {
    const boxes = (all as HTMLElement[]).map((label) => ({
      text: label.innerText.replace(/\s+/g, ' '),
      r: label.getBoundingClientRect(),
    }));
    const pairs: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        if (
          Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left) > 0.5 &&
          Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top) > 0.5
        )
          pairs.push(`${a.text} / ${b.text}`);
    return pairs;
  });
}

/**
 * How much room a mark has on each side, in px: from the right edge of the rightmost of `left`
 * to the mark's left edge, and from the mark's right edge to the leftmost of `right`. Negative
 * where it lies over them. For the cursor's `t=` mark between the last lane and the labels.
 */
export async function roomBeside(
  mark: Locator,
  left: Locator,
  right: Locator,
): Promise<{ left: number; right: number }> {
  const box = await mark.evaluate((e) => e.getBoundingClientRect().toJSON() as DOMRect);
  const lefts = await left.evaluateAll((all) => all.map((e) => e.getBoundingClientRect().right));
  const rights = await right.evaluateAll((all) => all.map((e) => e.getBoundingClientRect().left));
  return { left: box.left - Math.max(...lefts), right: Math.min(...rights) - box.right };
}
