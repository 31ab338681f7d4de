import { useMemo } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import type { ArrowItem } from './arrowItems';
import { arrowItems } from './arrowItems';
import { useLitMessages, useVisibleMessages } from './useVisibleMessages';

export type { ArrowItem } from './arrowItems';

/**
 * The arrows of the view, worked out once per step, view, selection or lit slot and shared by
 * the canvas that strokes them and the SVG that makes them interactive.
 */
export function useArrows(lanes: LaneLayout, view: TimeView, height: number): ArrowItem[] {
  const visible = useVisibleMessages(view, height);
  const lit = useLitMessages();
  return useMemo(
    () =>
      arrowItems(visible, lanes, view, height, (id) =>
        lit === null
          ? 'none'
          : id === lit.selected
            ? 'selected'
            : lit.ids.has(id)
              ? 'related'
              : 'dimmed',
      ),
    [visible, lit, lanes, view, height],
  );
}
