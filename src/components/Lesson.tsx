import { pick } from '../i18n';
import { guess, lessonDivergedTick, lessonStop, reveal, usePaxos, useStoreApi } from '../store';
import { LessonSetAside } from './LessonSetAside';
import { useT } from './useT';

/**
 * The lesson's current stop: what the lecturer would say here, and at a question the choices to
 * predict from before revealing what Paxos does and why. Playing pauses at an unanswered question.
 */
export function Lesson() {
  const tr = useT();
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  const stops = usePaxos((s) => s.scenario.stops);
  // Select the stop's index (a number): a selector must not build a new object per read.
  const index = usePaxos((s) => lessonStop(s)?.index ?? -1);
  const diverged = usePaxos(lessonDivergedTick);
  const revealed = usePaxos((s) => s.revealed.has(index));
  const guessed = usePaxos((s) => s.guesses.get(index));
  const stop = stops[index];
  if (diverged >= 0) return <LessonSetAside tick={diverged} />;
  if (stop === undefined) return null;
  const ask = stop.ask;
  return (
    // Focusable: where its box is shorter than the stop (a wide screen), it scrolls, by keyboard too.
    <section
      className={`px-lesson${ask === undefined ? '' : ' px-lesson--ask'}`}
      aria-label={tr('lesson.label')}
      data-stop={index}
      tabIndex={0}
    >
      <div className="px-lesson__count">
        {tr('lesson.stop', { number: index + 1, count: stops.length })}
      </div>
      <p className="px-lesson__say">{pick(stop.say, lang)}</p>
      {ask === undefined ? null : (
        <div className="px-lesson__ask">
          <p className="px-lesson__question">
            <span className="px-lesson__predict">{tr('lesson.predict')}</span>{' '}
            {pick(ask.question, lang)}
          </p>
          <div className="px-lesson__options" role="group" aria-label={pick(ask.question, lang)}>
            {ask.options.map((option, i) => (
              <button
                key={i}
                type="button"
                className={`px-button px-lesson__option${revealed && i === ask.answer ? ' px-lesson__option--answer' : ''}`}
                aria-pressed={guessed === i}
                onClick={() => guess(store, index, i)}
              >
                {pick(option, lang)}
              </button>
            ))}
            {revealed ? null : (
              <button
                type="button"
                className="px-button px-button--primary"
                onClick={() => reveal(store, index)}
              >
                {tr('lesson.reveal')}
              </button>
            )}
          </div>
          {revealed ? (
            <p className="px-lesson__reveal" role="status">
              {guessed === undefined ? null : (
                <strong>{guessed === ask.answer ? tr('lesson.right') : tr('lesson.wrong')} </strong>
              )}
              {pick(ask.reveal, lang)}
            </p>
          ) : null}
        </div>
      )}
    </section>
  );
}
