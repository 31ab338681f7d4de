import { useMemo } from 'react';
import { usePaxos } from '../../store';
import { ArrowCanvas } from './ArrowCanvas';
import type { ArrowItem } from './useArrows';

/**
 * The strokes of the view's arrows that have settled (arrived or been lost), the hovered one a
 * little bolder. While a run plays these only ever gain company, so the canvas adds each step's
 * newcomers to what it holds; the few arrows still in flight change every step and are drawn by
 * the SVG above instead (Arrow).
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
  const settled = useMemo(
    () =>
      arrows.flatMap((a) =>
        a.fate === 'in-flight'
          ? []
          : [
              {
                id: a.record.id,
                geometry: a.geometry,
                type: a.record.type,
                fate: a.fate,
                copy: a.record.copyOf !== null,
                emphasis: a.emphasis,
                hovered: a.record.id === hovered,
              },
            ],
      ),
    [arrows, hovered],
  );
  return <ArrowCanvas width={width} height={height} arrows={settled} />;
}
