import { memo } from 'react';
import { slotOfMessage } from '../../store';
import { lit } from './Arrow';
import type { ArrowItem } from './useArrows';

/**
 * The packets of the messages in flight, drawn above every hit line and the cursor line so a
 * pointer at a dot reaches the dot (the dot sits on the cursor line: it is where the message
 * is now). usePacketMotion moves them; the hooks match the arrow's, plus `data-packet`. The
 * arrow itself is what a keyboard and a screen reader reach, so the dots are hidden from them.
 */
export const Packets = memo(function Packets({ arrows }: { arrows: readonly ArrowItem[] }) {
  return (
    <g className="px-packets" aria-hidden="true">
      {arrows.map(({ record: m, fate, geometry: g, emphasis }) =>
        fate === 'in-flight' ? (
          <circle
            key={m.id}
            className={`px-arrow__packet px-msg--${m.type} px-arrow--${emphasis}`}
            data-packet=""
            data-id={m.id}
            data-message={m.type}
            data-from={m.from}
            data-to={m.to}
            data-slot={slotOfMessage(m) ?? undefined}
            data-highlighted={lit(emphasis)}
            cx={g.x1}
            cy={g.y1}
          />
        ) : null,
      )}
    </g>
  );
});
