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
  headX: number;
  headY: number;
  copy: boolean;
  /** Part of the clicked message's causes and effects, or dimmed because it is not. */
  emphasis: 'none' | 'related' | 'selected' | 'dimmed';
  marker: string;
  label: string;
}

/**
 * One message. Delivered: a full arrow with its head on the receiver's lane. In flight: the
 * arrow up to a moving packet. Lost: the arrow stops short with a cross where it was lost.
 */
export const Arrow = memo(function Arrow(p: ArrowProps) {
  const className = `px-arrow px-msg--${p.type} px-arrow--${p.fate} px-arrow--${p.emphasis}${p.copy ? ' px-arrow--copy' : ''}`;
  const endX = p.fate === 'in-flight' ? p.headX : p.x2;
  const endY = p.fate === 'in-flight' ? p.headY : p.y2;
  return (
    <g
      className={className}
      data-id={p.id}
      data-message={p.type}
      data-from={p.from}
      data-to={p.to}
      data-fate={p.fate}
      aria-label={p.label}
    >
      <line className="px-arrow__hit" x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} />
      <line
        className="px-arrow__line"
        x1={p.x1}
        y1={p.y1}
        x2={endX}
        y2={endY}
        markerEnd={p.fate === 'delivered' ? `url(#${p.marker})` : undefined}
      />
      {p.fate === 'in-flight' ? (
        <circle className="px-arrow__packet" cx={p.headX} cy={p.headY} r={5} />
      ) : null}
      {p.fate === 'dropped' ? (
        <path
          className="px-arrow__lost"
          d={`M${p.x2 - 6},${p.y2 - 6} L${p.x2 + 6},${p.y2 + 6} M${p.x2 - 6},${p.y2 + 6} L${p.x2 + 6},${p.y2 - 6}`}
        />
      ) : null}
    </g>
  );
});
