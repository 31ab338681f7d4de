export { arrowAt } from './arrows';
export type { ArrowGeometry, ArrowInput } from './arrows';
export { foldLabels, stackLabels } from './stackLabels';
export type { FoldedLabel, LabelRequest } from './stackLabels';
export { laneLayout } from './lanes';
export { placeTitles } from './titles';
export type { TitleRequest } from './titles';
export type { Lane, LaneGroup, LaneLayout } from './lanes';
export {
  fitView,
  followTime,
  initialView,
  PX_PER_TICK_MAX,
  PX_PER_TICK_MIN,
  timeScale,
  visibleTicks,
} from './time';
export type { TimeScale, TimeView } from './time';
export {
  ARROW_HEAD,
  BALLOT_COLOURS,
  ballotColour,
  barPath,
  colouringBallot,
  CRASH_CROSS_HALF,
  crossPath,
  LOST_BAR_HALF,
  RESTART_RADIUS,
  ringArcPath,
} from './marks';
export {
  arrowCap,
  arrowDash,
  arrowWidth,
  colourKey,
  lostBarAlpha,
  lostBarWidth,
  outcomeAlpha,
  pathAlpha,
} from './arrowStyle';
export type { ArrowLook } from './arrowStyle';
