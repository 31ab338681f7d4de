import { useMemo } from 'react';
import { usePaxos } from '../../store';
import { ArrowCanvas } from './ArrowCanvas';
import { colourKey } from '../../layout';
import type { StrokedArrow } from '../../paint';
import type { ArrowItem } from './useArrows';

// One stroked arrow per unchanged item, so the stroke plan recognises it by identity.
const strokedOf = new WeakMap<ArrowItem, StrokedArrow>();

function stroked(a: ArrowItem, hovered: boolean): StrokedArrow {
  const known = strokedOf.get(a);
  if (known !== undefined && known.hovered === hovered) return known;
  const made: StrokedArrow = {
    id: a.record.id,
    path: a.path,
    geometry: a.geometry,
    type: a.record.type,
    colour: colourKey(a.record),
    fate: a.fate,
    copy: a.record.copyOf !== null,
    emphasis: a.emphasis,
    hovered,
  };
  strokedOf.set(a, made);
  return made;
}

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
    () => arrows.map((a) => stroked(a, a.record.id === hovered)),
    [arrows, hovered],
  );
  return <ArrowCanvas width={width} height={height} arrows={strokes} />;
}
