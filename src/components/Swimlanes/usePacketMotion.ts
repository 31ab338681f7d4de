import type { RefObject } from 'react';
import { useLayoutEffect } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { useStoreApi } from '../../store';
import { messageArrow } from '../../trace';
import type { ArrowItem } from './useArrows';
import { onCursor } from './onCursor';

/**
 * Moves the packets of messages in flight with the cursor, outside React: the cursor changes
 * every frame while playing, and re-rendering every arrow to move a few dots would cost more
 * than the dots themselves (zustand's "transient updates"). React still decides which packets
 * exist; this only places them, right after each render and on every cursor change.
 */
export function usePacketMotion(
  group: RefObject<SVGGElement | null>,
  arrows: readonly ArrowItem[],
  lanes: LaneLayout,
  view: TimeView,
  height: number,
): void {
  const store = useStoreApi();
  useLayoutEffect(() => {
    const root = group.current;
    if (root === null) return;
    const y = timeScale(view, height);
    const records = new Map(arrows.map((a) => [a.record.id, a.record]));
    // Found once per render, so a frame only computes positions and sets them.
    const packets = [...root.querySelectorAll('[data-packet]')].flatMap((packet) => {
      const record = records.get(Number(packet.getAttribute('data-id')));
      return record === undefined ? [] : [{ packet, record }];
    });
    const place = (cursor: number) => {
      for (const { packet, record } of packets) {
        const head = messageArrow(record, 'in-flight', lanes.x, y, cursor);
        packet.setAttribute('cx', String(head.headX));
        packet.setAttribute('cy', String(head.headY));
      }
    };
    return onCursor(store, place);
  }, [group, arrows, lanes, view, height, store]);
}
