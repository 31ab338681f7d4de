import { backToLessonRun, undo, usePaxos, useStoreApi } from '../store';
import { useT } from './useT';

/**
 * In place of the lesson's stops once an edit has made the run on screen differ from the one
 * they describe: a stop saying "X is chosen" beside headers saying Y would teach the wrong
 * thing. It says from when the run differs and offers the two ways back to the lesson.
 */
export function LessonSetAside({ tick }: { tick: number }) {
  const tr = useT();
  const store = useStoreApi();
  const canUndo = usePaxos((s) => s.past.length > 0);
  return (
    <section
      className="px-lesson px-lesson--aside"
      aria-label={tr('lesson.label')}
      data-lesson-aside={tick}
      tabIndex={0}
    >
      <div className="px-lesson__count">{tr('lesson.offTitle')}</div>
      <p className="px-lesson__say">{tr('lesson.off', { tick })}</p>
      <div className="px-lesson__options">
        {canUndo ? (
          <button type="button" className="px-button" onClick={() => undo(store)}>
            {tr('lesson.undo')}
          </button>
        ) : null}
        <button
          type="button"
          className="px-button px-button--primary"
          onClick={() => backToLessonRun(store)}
        >
          {tr('lesson.back')}
        </button>
      </div>
    </section>
  );
}
