import { useMemo } from 'react';
import type { ArrowGeometry, LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { usePaxos } from '../../store';
import type { Fate, MessageRecord } from '../../trace';
import { messageArrow } from '../../trace';
import { useCausalFamily, useVisibleMessages } from './useVisibleMessages';

/** A visible message, where its arrow runs, and how much it stands out (a click's family). */
export interface ArrowItem {
  record: MessageRecord;
  fate: Fate;
  /** Where it ended (or will, while in flight); it does not move with the cursor. */
  geometry: ArrowGeometry;
  /** The whole way it was sent, to its planned arrival, which a lost message never reached. */
  path: ArrowGeometry;
  emphasis: 'none' | 'related' | 'selected' | 'dimmed';
}

/**
 * The arrows of the view, worked out once per step, view or selection and shared by the canvas
 * that strokes them and the SVG that makes them interactive.
 */
export function useArrows(lanes: LaneLayout, view: TimeView, height: number): ArrowItem[] {
  const visible = useVisibleMessages(view, height);
  const family = useCausalFamily();
  const selected = usePaxos((s) => s.selected);
  return useMemo(() => {
    const y = timeScale(view, height);
    return visible.map(({ record, fate }) => ({
      record,
      fate,
      geometry: messageArrow(record, fate, lanes.x, y, 0),
      path: messageArrow(record, 'in-flight', lanes.x, y, 0),
      emphasis:
        family === null
          ? 'none'
          : record.id === selected
            ? 'selected'
            : family.has(record.id)
              ? 'related'
              : 'dimmed',
    }));
  }, [visible, family, selected, lanes, view, height]);
}
