import type { SyntheticEvent } from 'react';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { hover, select, usePaxos, useStoreApi } from '../../store';
import { messageArrow, messageLabel } from '../../trace';
import { Arrow } from './Arrow';
import type { ArrowItem } from './useArrows';

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

/** Every visible message as something to point at and click; pointer events are handled once here. */
export function MessageArrows({ lanes, view, height, arrows, onInFlightClick }: Props) {
  const store = useStoreApi();
  const cursor = usePaxos((s) => s.cursor);
  const y = timeScale(view, height);
  return (
    <g
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
      {arrows.map(({ record, fate, geometry, emphasis }) => {
        // Only a packet in flight moves with the cursor; everything else was worked out per step.
        const packet =
          fate === 'in-flight' ? messageArrow(record, fate, lanes.x, y, cursor) : geometry;
        return (
          <Arrow
            key={record.id}
            id={record.id}
            type={record.type}
            from={record.from}
            to={record.to}
            fate={fate}
            x1={geometry.x1}
            y1={geometry.y1}
            x2={geometry.x2}
            y2={geometry.y2}
            headX={packet.headX}
            headY={packet.headY}
            copy={record.copyOf !== null}
            emphasis={emphasis}
            label={`${messageLabel(record)} ${record.from}→${record.to}`}
          />
        );
      })}
    </g>
  );
}
