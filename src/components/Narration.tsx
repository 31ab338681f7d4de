import { useDeferredValue, useMemo } from 'react';
import { pick } from '../i18n';
import { endLine, narrate, usePaxos, waitingMessages } from '../store';
import { useT } from './useT';

/**
 * The caption: what the last step did and why, in full sentences. It is a live region, so a
 * screen reader says each step as it happens. Like the headers it follows the cursor as a
 * deferred value, drawn when a frame has time for it.
 */
export function Narration() {
  const tr = useT();
  const trace = useDeferredValue(usePaxos((s) => s.trace));
  const step = useDeferredValue(usePaxos((s) => s.step));
  const world = useDeferredValue(usePaxos((s) => s.world));
  const recording = usePaxos((s) => s.recording);
  // A count, not the list: a selector that builds an array per read would re-render every frame.
  const waiting = usePaxos((s) => waitingMessages(s).length);
  const end = endLine(trace, recording, waiting);
  const goal = usePaxos((s) => pick(s.scenario.goal, s.lang));
  const lines = useMemo(() => narrate(trace, step, world), [trace, step, world]);
  const empty = trace.steps.length === 0;
  const intro = empty
    ? tr('narration.empty')
    : goal === ''
      ? tr('narration.startPlain')
      : tr('narration.start', { goal });
  return (
    // Focusable: where the words are a column that scrolls (a phone on its side), by keyboard too.
    <section className="px-narration" aria-label={tr('narration.label')} tabIndex={0}>
      <div className="px-narration__lines" aria-live="polite" aria-atomic="true" data-narration>
        {/* Re-keyed on every step so a CSS fade marks the new sentence, with no layout reads
            (at top speed the step changes every frame). */}
        <div key={step} className="px-narration__step px-fade-in">
          {step === 0 ? (
            <p className="px-narration__line">{intro}</p>
          ) : (
            lines.map((line, i) => (
              <p key={i} className={`px-narration__line px-narration__line--${line.tone}`}>
                {tr(line.key, line.params)}
              </p>
            ))
          )}
          {(step > 0 || waiting > 0) && step === trace.steps.length ? (
            <p className="px-narration__line px-narration__line--end">{tr(end.key, end.params)}</p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
