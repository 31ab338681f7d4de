import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Which sides of a scrolling box hide more of its content: rows below, columns to the right. */
export interface HiddenEdges {
  below: boolean;
  beside: boolean;
}

/** A pixel either way is rounding, not content. */
const SLACK_PX = 1;

/**
 * Where the box's content goes on past what it shows, kept current as it scrolls, as it is
 * resized and as its content changes: a log whose slots or columns run past its box says so,
 * since a phone or a tablet draws no scrollbar until one scrolls.
 */
export function useHiddenEdges(ref: RefObject<HTMLElement | null>): HiddenEdges {
  const [edges, setEdges] = useState<HiddenEdges>({ below: false, beside: false });
  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return;
    const measure = () => {
      const below = box.scrollTop + box.clientHeight < box.scrollHeight - SLACK_PX;
      const beside = box.scrollLeft + box.clientWidth < box.scrollWidth - SLACK_PX;
      setEdges((old) => (old.below === below && old.beside === beside ? old : { below, beside }));
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const resized = new ResizeObserver(measure);
    resized.observe(box);
    for (const child of box.children) resized.observe(child);
    return () => {
      box.removeEventListener('scroll', measure);
      resized.disconnect();
    };
  });
  return edges;
}
