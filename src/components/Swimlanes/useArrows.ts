import { useMemo } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { usePaxos } from '../../store';
import type { ArrowItem } from './arrowItems';
import { arrowItems } from './arrowItems';
import { useCausalFamily, useVisibleMessages } from './useVisibleMessages';

export type { ArrowItem } from './arrowItems';

/**
 * The arrows of the view, worked out once per step, view or selection and shared by the canvas
 * that strokes them and the SVG that makes them interactive.
 */
export function useArrows(lanes: LaneLayout, view: TimeView, height: number): ArrowItem[] {
  const visible = useVisibleMessages(view, height);
  const family = useCausalFamily();
  const selected = usePaxos((s) => s.selected);
  return useMemo(
    () =>
      arrowItems(visible, lanes, view, height, (id) =>
        family === null
          ? 'none'
          : id === selected
            ? 'selected'
            : family.has(id)
              ? 'related'
              : 'dimmed',
      ),
    [visible, family, selected, lanes, view, height],
  );
}
