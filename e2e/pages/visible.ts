import type { Locator } from '@playwright/test';

/**
 * What keeps a control from being seen whole without scrolling, or null when nothing does: the
 * window's edge, or an ancestor that clips or scrolls its content (overflow other than visible)
 * and cuts the control's box. A control that a user has to scroll to find is hidden from a room
 * watching a projector; `toBeVisible` would call it visible.
 */
export async function clipOf(control: Locator): Promise<string | null> {
  return control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const name = (e: Element) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`;
    const inside = (outer: { left: number; top: number; right: number; bottom: number }) =>
      box.left >= outer.left - 1 &&
      box.top >= outer.top - 1 &&
      box.right <= outer.right + 1 &&
      box.bottom <= outer.bottom + 1;
    if (box.width === 0 || box.height === 0) return 'it has no size';
    const view = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    if (!inside(view)) return `the window cuts it (${JSON.stringify(box)})`;
    for (let e = element.parentElement; e !== null; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const r = e.getBoundingClientRect();
      // The part of the ancestor that shows its content: inside its borders, not its scrollbars.
      const shown = {
        left: r.left + e.clientLeft,
        top: r.top + e.clientTop,
        right: r.left + e.clientLeft + e.clientWidth,
        bottom: r.top + e.clientTop + e.clientHeight,
      };
      if (!inside(shown)) return `${name(e)} cuts it off (it scrolls or clips)`;
    }
    return null;
  });
}
