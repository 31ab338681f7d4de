import { ARROW_HEAD } from '../../layout';
import { MESSAGE_TYPES } from '../../trace';

/** One arrowhead per message kind, coloured like its arrows (ids are unique per instance). */
export function ArrowMarkers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {MESSAGE_TYPES.map((type) => (
        <marker
          key={type}
          id={`${prefix}-head-${type}`}
          viewBox={ARROW_HEAD.viewBox}
          refX={ARROW_HEAD.refX}
          refY={ARROW_HEAD.refY}
          markerWidth={ARROW_HEAD.size}
          markerHeight={ARROW_HEAD.size}
          orient="auto-start-reverse"
        >
          <path d={ARROW_HEAD.path} className={`px-head px-msg--${type}`} />
        </marker>
      ))}
    </defs>
  );
}
