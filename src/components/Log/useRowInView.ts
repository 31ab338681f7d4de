import { useEffect, useRef } from 'react';

/**
 * Brings a slot's row into the log's own scrolling box when a click on one of its messages
 * (Accept! or Accepted) in the diagram marks it: with many slots the row may be far below.
 * Only that box scrolls, never the page, so the swimlanes stay where the user clicked. Each
 * click brings its row in once, when the row is drawn (the log follows the cursor a little
 * later than the store); after that the box is the user's to scroll. Returns the box's ref.
 */
export function useRowInView(slot: number | null, click: number | null) {
  const box = useRef<HTMLDivElement>(null);
  const shownFor = useRef<number | null>(null);
  useEffect(() => {
    if (slot === null) shownFor.current = null;
    const scroll = box.current;
    if (slot === null || shownFor.current === click || scroll === null) return;
    const row = scroll.querySelector<HTMLElement>(`tr[data-slot="${slot}"]`);
    if (row === null) return;
    shownFor.current = click;
    scroll.scrollBy({ top: offsetToShow(scroll, row) });
  });
  return box;
}

/**
 * How far to scroll the box so the row shows whole, below the column headings that stay on
 * top of it: nothing when it already does, else enough to put it in the middle of what shows.
 */
function offsetToShow(scroll: HTMLElement, row: HTMLElement): number {
  const frame = scroll.getBoundingClientRect();
  const headings = scroll.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const top = frame.top + scroll.clientTop + headings;
  const bottom = frame.top + scroll.clientTop + scroll.clientHeight;
  const { top: rowTop, bottom: rowBottom } = row.getBoundingClientRect();
  if (rowTop >= top - 1 && rowBottom <= bottom + 1) return 0;
  return rowTop - (top + bottom - (rowBottom - rowTop)) / 2;
}
