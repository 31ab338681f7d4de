import { memo } from 'react';
import { crossPath, LOST_CROSS_HALF } from '../../layout';
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
  headX: number;
  headY: number;
  copy: boolean;
  /** Part of the clicked message's causes and effects, or dimmed because it is not. */
  emphasis: 'none' | 'related' | 'selected' | 'dimmed';
  marker: string;
  label: string;
}

/**
 * One message. Delivered: a full arrow with its head on the receiver's lane. In flight: its
 * path, faint, with a packet moving along it. Lost: the arrow stops short with a cross.
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
      {/* The path stays put while the message travels; only the small packet moves each frame,
          so playing repaints a few pixels per message, not the whole diagonal. */}
      <line
        className="px-arrow__line"
        x1={p.x1}
        y1={p.y1}
        x2={p.x2}
        y2={p.y2}
        markerEnd={p.fate === 'delivered' ? `url(#${p.marker})` : undefined}
      />
      {p.fate === 'in-flight' ? (
        <circle className="px-arrow__packet" cx={p.headX} cy={p.headY} />
      ) : null}
      {p.fate === 'dropped' ? (
        <path className="px-arrow__lost" d={crossPath(p.x2, p.y2, LOST_CROSS_HALF)} />
      ) : null}
    </g>
  );
});
