import { AnimatePresence, domAnimation, LazyMotion, m, MotionConfig } from 'framer-motion';
import type { LaneLayout, TimeView } from '../../layout';
import { timeScale } from '../../layout';
import { usePaxos } from '../../store';
import { arrivalOf, fateAt, messageLabel } from '../../trace';
import { useT } from '../useT';

/**
 * A hovered message in full: content, route, when it was sent and what became of it.
 *
 * It fades in and out with framer-motion, and it is the only thing that does, so framer-motion
 * lives here: Swimlanes loads this module on the first hover, and the diagram (an embed's whole
 * first screen) draws without it. Motion off (reduced motion, stable screenshots) means no fade.
 */
export default function MessageTooltip({
  lanes,
  view,
  height,
}: {
  lanes: LaneLayout;
  view: TimeView | null;
  height: number;
}) {
  const tr = useT();
  const trace = usePaxos((s) => s.trace);
  const hovered = usePaxos((s) => s.hovered);
  const step = usePaxos((s) => s.step);
  const motion = usePaxos((s) => s.motion);
  if (view === null) return null;
  const y = timeScale(view, height);
  const fate = hovered === null ? null : fateAt(trace, hovered, step);
  const record = fate === null ? null : trace.messages[hovered!]!;
  return (
    <LazyMotion features={domAnimation} strict>
      <MotionConfig
        reducedMotion={motion ? 'never' : 'always'}
        transition={motion ? undefined : { duration: 0 }}
      >
        <AnimatePresence>
          {record === null ? null : (
            <m.div
              key={record.id}
              className="px-tooltip"
              role="tooltip"
              initial={{ opacity: 0 }}
              animate={{ opacity: 1 }}
              exit={{ opacity: 0 }}
              transition={{ duration: 0.12 }}
              style={{
                left: Math.min(
                  lanes.gutterX - 8,
                  Math.max(8, (lanes.x.get(record.from)! + lanes.x.get(record.to)!) / 2),
                ),
                top: Math.max(8, Math.min(height - 8, y((record.sentAt + arrivalOf(record)) / 2))),
              }}
            >
              <div className="px-tooltip__title">{messageLabel(record)}</div>
              <div>{tr('message.route', { from: record.from, to: record.to })}</div>
              <div>{tr('message.sent', { time: record.sentAt })}</div>
              {fate === 'in-flight' ? (
                <div>
                  {tr('fate.in-flight')} · {tr('message.arrives', { time: arrivalOf(record) })}
                </div>
              ) : fate === 'delivered' ? (
                <div>{tr('message.delivered', { time: record.deliveredAt! })}</div>
              ) : (
                <div className="px-tooltip__lost">
                  {tr(`drop.${record.dropReason!}`)} ·{' '}
                  {tr('message.lostAt', { time: record.droppedAt! })}
                </div>
              )}
              {record.copyOf === null ? null : <div>{tr('message.copy')}</div>}
              <div className="px-tooltip__hint">{tr('message.causes')}</div>
            </m.div>
          )}
        </AnimatePresence>
      </MotionConfig>
    </LazyMotion>
  );
}
