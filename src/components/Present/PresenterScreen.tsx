import { DrawingBoundary } from '../DrawingBoundary';
import { RunNotice } from '../RunNotice';
import { useEffect } from 'react';
import { pause, play, setPresenting, stepBack, next, usePaxos, useStoreApi } from '../../store';
import { Icon } from '../Icon';
import { Lesson } from '../Lesson';
import { Narration } from '../Narration';
import { LogPanel } from '../Log/LogPanel';
import { Swimlanes } from '../Swimlanes/Swimlanes';
import { useT } from '../useT';
import { LaserPointer } from './LaserPointer';
import { useStill } from '../useStill';

/**
 * For a lecture hall: the diagram as large as the screen, large type and high contrast, the
 * narration in a caption bar, no hover-only information, a laser dot, and the clicker's keys.
 * B blanks the screen; Escape or P leaves. It asks for full screen when a key or click opened it.
 */
export function PresenterScreen() {
  const tr = useT();
  const store = useStoreApi();
  const playing = usePaxos((s) => s.playing);
  const blank = usePaxos((s) => s.blank);
  const still = useStill();

  useEffect(() => {
    document.documentElement.classList.add('px-presenting');
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    return () => {
      document.documentElement.classList.remove('px-presenting');
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);

  return (
    <div className={`px-app px-app--present${still ? ' px-app--still' : ''}`} data-mode="present">
      <RunNotice />
      <main className="px-main px-main--present">
        <DrawingBoundary>
          <Swimlanes />
        </DrawingBoundary>
        <DrawingBoundary>
          <LogPanel />
        </DrawingBoundary>
      </main>
      <div className="px-caption">
        <Lesson />
        <Narration />
      </div>
      <div className="px-present-bar">
        <span className="px-present-bar__keys">{tr('present.keys')}</span>
        <button
          type="button"
          className="px-button"
          onClick={() => stepBack(store)}
          aria-label={tr('controls.stepBack')}
        >
          <Icon name="stepBack" />
        </button>
        <button
          type="button"
          className="px-button px-button--primary"
          onClick={() => (playing ? pause(store) : play(store))}
          aria-label={playing ? tr('controls.pause') : tr('controls.play')}
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="px-button"
          onClick={() => next(store)}
          aria-label={tr('controls.step')}
        >
          <Icon name="step" />
        </button>
        <button type="button" className="px-button" onClick={() => setPresenting(store, false)}>
          {tr('present.exit')}
        </button>
      </div>
      <LaserPointer />
      {blank ? (
        <div className="px-blank" data-blank role="status">
          <span>{tr('present.blank')}</span>
        </div>
      ) : null}
    </div>
  );
}
