import type { Locator } from '@playwright/test';

/**
 * What cuts off part of an element's box: the viewport's edges, or an ancestor that clips or
 * scrolls its content (overflow other than visible). An empty list means the whole box is on
 * screen, where a user can read it without scrolling anything. Each cut is named (`the
 * viewport`, `div.px-words`…) so a failing test says where the box was lost.
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
    for (let up = element.parentElement; up !== null; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const frame = up.getBoundingClientRect();
      const top = frame.top + up.clientTop;
      const left = frame.left + up.clientLeft;
      if (outside(top, left, top + up.clientHeight, left + up.clientWidth))
        cuts.push(`${up.tagName.toLowerCase()}.${[...up.classList].join('.')}`);
    }
    return cuts;
  });
}
