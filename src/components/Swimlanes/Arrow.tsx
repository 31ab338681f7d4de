import { memo } from 'react';
import { slotOfMessage } from '../../store';
import { messageLabel } from '../../trace';
import { messageBallotClass } from './ballotClass';
import type { ArrowItem } from './useArrows';

/** The hook of an arrow or packet that stands out (a lit slot's, or a click's family). */
export function lit(emphasis: ArrowItem['emphasis']): '' | undefined {
  return emphasis === 'selected' || emphasis === 'related' ? '' : undefined;
}

/**
 * One message as something to point at, click and read: a wide hit line along its path and the
 * hooks (`data-message`, `data-fate`…) tests and pages rely on. Its strokes are on the canvas
 * below (ArrowCanvas), which is what keeps playing smooth; its packet, while in flight, is in
 * the layer above (Packets). An item that did not change is the same object, so a step redraws
 * only the arrows it changed.
 */
export const Arrow = memo(function Arrow({ item }: { item: ArrowItem }) {
  const { record: m, fate, geometry: g, emphasis } = item;
  const className = `px-arrow px-msg--${m.type}${messageBallotClass(m)} px-arrow--${fate} px-arrow--${emphasis}${m.copyOf === null ? '' : ' px-arrow--copy'}`;
  const inFlight = fate === 'in-flight';
  return (
    // A message in flight is a button (Enter opens what the network can do with it); others are labelled images.
    <g
      className={className}
      data-id={m.id}
      data-message={m.type}
      data-from={m.from}
      data-to={m.to}
      data-fate={fate}
      data-slot={slotOfMessage(m) ?? undefined}
      data-highlighted={lit(emphasis)}
      role={inFlight ? 'button' : 'img'}
      tabIndex={inFlight ? 0 : undefined}
      aria-label={`${messageLabel(m)} ${m.from}→${m.to}`}
    >
      <line className="px-arrow__hit" x1={g.x1} y1={g.y1} x2={g.x2} y2={g.y2} />
    </g>
  );
});
