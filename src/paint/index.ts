/**
 * Painting the arrows' strokes onto a 2D canvas, framework-free: what a stroke is
 * (drawArrows), which strokes a canvas still needs (strokePlan, paintArrows), and who paints
 * them, the page or a worker (painter). The React side (components/Swimlanes/ArrowCanvas)
 * decides what is drawn and hands it over; the painter worker (src/workers) paints with the
 * same code.
 */
export type { ArrowStyle, Context2D, Stroke, StrokedArrow } from './drawArrows';
export type { Paint, Surface } from './paintArrows';
export { applyPaint } from './paintArrows';
export type { Painter, PainterMessage } from './painter';
export { acquirePainter, releasePainter } from './painter';
