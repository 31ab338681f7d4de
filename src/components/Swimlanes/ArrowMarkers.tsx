import { MESSAGE_TYPES } from '../../trace';

/** One arrowhead per message kind, coloured like its arrows (ids are unique per instance). */
export function ArrowMarkers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {MESSAGE_TYPES.map((type) => (
        <marker
          key={type}
          id={`${prefix}-head-${type}`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0,0 L10,5 L0,10 z" className={`px-head px-msg--${type}`} />
        </marker>
      ))}
    </defs>
  );
}
