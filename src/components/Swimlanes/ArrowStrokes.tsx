import { useMemo } from 'react';
import { usePaxos } from '../../store';
import { ArrowCanvas } from './ArrowCanvas';
import type { ArrowItem } from './useArrows';

/**
 * The strokes of the view's arrows, the hovered one a little bolder. While a run plays an
 * arrow only gains strokes (its path when sent, its outcome when it ends), so the canvas adds
 * each step's to what it holds.
 */
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
        id: a.record.id,
        path: a.path,
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
