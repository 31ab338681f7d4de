import type { SyntheticEvent } from 'react';
import { memo, useRef } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { hover, select, useStoreApi } from '../../store';
import { Arrow } from './Arrow';
import type { ArrowItem } from './useArrows';
import { usePacketMotion } from './usePacketMotion';

interface Props {
  lanes: LaneLayout;
  view: TimeView;
  height: number;
  arrows: ArrowItem[];
  /** A click on a message in flight also offers what the network can do with it, at (x, y). */
  onInFlightClick(id: number, x: number, y: number): void;
}

function messageIdAt(event: SyntheticEvent<SVGGElement>): number | null {
  const target = (event.target as Element).closest('[data-id]');
  return target === null ? null : Number(target.getAttribute('data-id'));
}

/**
 * Every visible message as something to point at and click; pointer events are handled once
 * here. It renders once per step, view or selection; packets move between renders on their own.
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
  return (
    <g
      ref={group}
      className="px-messages"
      onPointerOver={(e) => hover(store, messageIdAt(e))}
      onPointerLeave={() => hover(store, null)}
      onClick={(e) => {
        const id = messageIdAt(e);
        if (id === null) return;
        select(store, id);
        const inFlight = arrows.find((a) => a.record.id === id && a.fate === 'in-flight');
        const svg = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
        if (inFlight !== undefined) onInFlightClick(id, e.clientX - svg.left, e.clientY - svg.top);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' && e.key !== ' ') return;
        const target = (e.target as Element).closest('[data-id]');
        if (target === null) return;
        e.preventDefault();
        e.stopPropagation();
        const id = Number(target.getAttribute('data-id'));
        const packet = target.querySelector('.px-arrow__packet');
        const svg = e.currentTarget.ownerSVGElement!.getBoundingClientRect();
        const box = (packet ?? target).getBoundingClientRect();
        select(store, id);
        onInFlightClick(id, box.x + box.width / 2 - svg.left, box.y + box.height / 2 - svg.top);
      }}
    >
      {arrows.map((item) => (
        <Arrow key={item.record.id} item={item} />
      ))}
    </g>
  );
});
