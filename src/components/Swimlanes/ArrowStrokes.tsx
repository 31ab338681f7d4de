import { useMemo } from 'react';
import { usePaxos } from '../../store';
import { ArrowCanvas } from './ArrowCanvas';
import type { ArrowItem } from './useArrows';

/** The strokes of the view's arrows, the hovered one a little bolder. */
export function ArrowStrokes({
  arrows,
  width,
  height,
}: {
  arrows: ArrowItem[];
  width: number;
  height: number;
}) {
  const hovered = usePaxos((s) => s.hovered);
  const strokes = useMemo(
    () =>
      arrows.map((a) => ({
        geometry: a.geometry,
        type: a.record.type,
        fate: a.fate,
        copy: a.record.copyOf !== null,
        emphasis: a.emphasis,
        hovered: a.record.id === hovered,
      })),
    [arrows, hovered],
  );
  return <ArrowCanvas width={width} height={height} arrows={strokes} />;
}
