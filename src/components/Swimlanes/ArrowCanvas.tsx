import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { MESSAGE_TYPES } from '../../trace';
import { usePaxos } from '../../store';
import { useRem } from '../useSize';
import type { ArrowStyle, StrokedArrow } from './drawArrows';
import { drawArrows } from './drawArrows';
import type { Drawn } from './strokePlan';
import { strokePlan } from './strokePlan';

interface Props {
  width: number;
  height: number;
  arrows: readonly StrokedArrow[];
}

/** Each message type's colour as the theme resolves it here (CSS variables, light or dark). */
function useColours(canvas: HTMLCanvasElement | null): Record<string, string> {
  const theme = usePaxos((s) => s.theme);
  const [colours, setColours] = useState<Record<string, string>>({});
  useLayoutEffect(() => {
    if (canvas === null) return;
    const read = () => {
      // A throwaway element beside the canvas inherits the same theme and resolves the variables.
      const probe = document.createElement('span');
      canvas.after(probe);
      const resolve = (variable: string) => {
        probe.style.color = `var(${variable})`;
        return getComputedStyle(probe).color;
      };
      const resolved: Record<string, string> = { lost: resolve('--px-danger') };
      for (const type of MESSAGE_TYPES) resolved[type] = resolve(`--px-c-${type}`);
      probe.remove();
      setColours(resolved);
    };
    read();
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', read);
    return () => scheme.removeEventListener('change', read);
  }, [canvas, theme]);
  return colours;
}

/** What the canvas was last stroked for: arrows drawn with one style on one surface. */
interface Held {
  style: ArrowStyle;
  size: string;
  drawn: Drawn;
}

/**
 * Arrows' strokes, under the SVG that holds everything interactive (hit areas, packets, the
 * data hooks). Redrawn when the arrows change — a step, the view, the selection — never merely
 * because the cursor moved; and when a step only adds arrows, only those are stroked.
 */
export function ArrowCanvas({ width, height, arrows }: Props) {
  const [canvas, setCanvas] = useState<HTMLCanvasElement | null>(null);
  const colours = useColours(canvas);
  const rem = useRem();
  const ratio = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  const style = useMemo<ArrowStyle>(() => ({ colour: colours, width: 0.13 * rem }), [colours, rem]);
  const held = useRef<Held | null>(null);
  useEffect(() => {
    const ctx = canvas?.getContext('2d');
    if (ctx === null || ctx === undefined) return;
    // A new size or style invalidates every pixel (resizing a canvas also empties it).
    const size = `${width}x${height}@${ratio}`;
    const same =
      held.current !== null && held.current.style === style && held.current.size === size;
    const plan = strokePlan(same ? held.current!.drawn : new Map(), arrows);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    if (plan.clear || !same) ctx.clearRect(0, 0, width, height);
    drawArrows(ctx, plan.strokes, style);
    held.current = { style, size, drawn: plan.drawn };
  }, [canvas, arrows, style, ratio, width, height]);
  return (
    <canvas
      ref={setCanvas}
      className="px-arrow-canvas"
      width={Math.round(width * ratio)}
      height={Math.round(height * ratio)}
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
