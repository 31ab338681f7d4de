import { memo } from 'react';
import type { Fate } from '../../trace';

export interface ArrowProps {
  id: number;
  type: string;
  from: string;
  to: string;
  fate: Fate;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  copy: boolean;
  /** Part of the clicked message's causes and effects, or dimmed because it is not. */
  emphasis: 'none' | 'related' | 'selected' | 'dimmed';
  label: string;
}

/**
 * One message as something to point at, click and read: a wide hit line along its path, its
 * packet while in flight (placed by usePacketMotion as the cursor moves), and the hooks
 * (`data-message`, `data-fate`…) tests and pages rely on. Its strokes are on the canvas below
 * (ArrowCanvas), which is what keeps playing smooth.
 */
export const Arrow = memo(function Arrow(p: ArrowProps) {
  const className = `px-arrow px-msg--${p.type} px-arrow--${p.fate} px-arrow--${p.emphasis}${p.copy ? ' px-arrow--copy' : ''}`;
  const inFlight = p.fate === 'in-flight';
  return (
    // A message in flight is a button (Enter opens what the network can do with it); others are labelled images.
    <g
      className={className}
      data-id={p.id}
      data-message={p.type}
      data-from={p.from}
      data-to={p.to}
      data-fate={p.fate}
      role={inFlight ? 'button' : 'img'}
      tabIndex={inFlight ? 0 : undefined}
      aria-label={p.label}
    >
      <line className="px-arrow__hit" x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} />
      {inFlight ? <circle className="px-arrow__packet" cx={p.x1} cy={p.y1} /> : null}
    </g>
  );
});
