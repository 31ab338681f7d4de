import type { SyntheticEvent } from 'react';
import { memo, useRef } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { hover, select, useStoreApi } from '../../store';
import { messageArrow } from '../../trace';
import { Arrow } from './Arrow';
import { messagesNear } from './messagesNear';
import { Packets } from './Packets';
import type { ArrowItem } from './useArrows';
import { usePacketMotion } from './usePacketMotion';

interface Props {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
  arrows: ArrowItem[];
  /** A click on messages in flight offers what the network can do with them, at (x, y). */
  onInFlightClick(ids: number[], x: number, y: number): void;
}

function messageIdAt(event: SyntheticEvent<SVGGElement>): number | null {
  const target = (event.target as Element).closest('[data-id]');
  return target === null ? null : Number(target.getAttribute('data-id'));
}

/**
 * Every visible message as something to point at and click, the packets on top; pointer events
 * are handled once here. It renders once per step, view or selection; packets move between
 * renders on their own.
 */
export const MessageArrows = memo(function MessageArrows({
  lanes,
  view,
  height,
  arrows,
  onInFlightClick,
}: Props) {
  const store = useStoreApi();
  const group = useRef<SVGGElement>(null);
  usePacketMotion(group, arrows, lanes, view, height);
  // Where each message in flight is at the cursor now, worked out at the click (packets move).
  const inFlightAt = (x: number, y: number): number[] => {
    const time = timeScale(view, height);
    const { cursor } = store.getState();
    const shapes = arrows
      .filter((a) => a.fate === 'in-flight')
      .map(({ record, geometry: line }) => {
        const head = messageArrow(record, 'in-flight', lanes.x, time, cursor);
        return { id: record.id, packet: { x: head.headX, y: head.headY }, line };
      });
    return messagesNear(x, y, shapes);
  };
  return (
    <g
      ref={group}
      className="px-messages"
      onPointerOver={(e) => hover(store, messageIdAt(e))}
      onPointerLeave={() => hover(store, null)}
      onClick={(e) => {
        const svg = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
        const [x, y] = [e.clientX - svg.left, e.clientY - svg.top];
        const near = inFlightAt(x, y);
        const id = near.length === 1 ? near[0]! : near.length === 0 ? messageIdAt(e) : null;
        if (id !== null) select(store, id);
        if (near.length > 0) onInFlightClick(near, x, y);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const target = (e.target as Element).closest('[data-id]');
        if (target === null) return;
        e.preventDefault();
        e.stopPropagation();
        const id = Number(target.getAttribute('data-id'));
        const packet = group.current?.querySelector(`[data-packet][data-id="${id}"]`);
        const svg = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
        const box = (packet ?? target).getBoundingClientRect();
        select(store, id);
        onInFlightClick([id], box.x + box.width / 2 - svg.left, box.y + box.height / 2 - svg.top);
      }}
    >
      {arrows.map((item) => (
        <Arrow key={item.record.id} item={item} />
      ))}
      <Packets arrows={arrows} />
    </g>
  );
});
