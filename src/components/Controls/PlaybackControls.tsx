import {
  canStep,
  pause,
  play,
  reset,
  setSpeed,
  SPEEDS,
  stepBack,
  next,
  usePaxos,
  useStoreApi,
} from '../../store';
import type { ReactNode } from 'react';
import { Icon } from '../Icon';
import { useT } from '../useT';
import { Scrubber } from './Scrubber';

interface Props {
  /**
   * The embed's row: step back, play/pause, step and the scrubber, icons only, and `extra`
   * at its end (the link to the full app). The full screen adds reset and speed.
   */
  compact?: boolean;
  extra?: ReactNode;
}

/** Step back, play/pause, step, reset, speed and the scrubber: the whole of playback. */
export function PlaybackControls({ compact = false, extra = null }: Props) {
  const tr = useT();
  const store = useStoreApi();
  const playing = usePaxos((s) => s.playing);
  const speed = usePaxos((s) => s.speed);
  const atStart = usePaxos((s) => s.step === 0 && s.cursor === 0);
  const atLastStep = usePaxos((s) => !canStep(s));
  return (
    <div
      className={`px-controls${compact ? ' px-controls--compact' : ''}`}
      role="group"
      aria-label={tr('controls.label')}
    >
      <div className="px-controls__buttons">
        <button
          type="button"
          className="px-button"
          onClick={() => stepBack(store)}
          disabled={atStart}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          <Icon name="stepBack" />
          <span className="px-button__text">{tr('controls.stepBack')}</span>
        </button>
        <button
          type="button"
          className="px-button px-button--primary"
          onClick={() => (playing ? pause(store) : play(store))}
          aria-keyshortcuts="Space"
        >
          <Icon name={playing ? 'pause' : 'play'} />
          <span className="px-button__text">
            {playing ? tr('controls.pause') : tr('controls.play')}
          </span>
        </button>
        <button
          type="button"
          className="px-button"
          onClick={() => next(store)}
          disabled={atLastStep}
          aria-keyshortcuts="ArrowRight PageDown"
        >
          <span className="px-button__text">{tr('controls.step')}</span>
          <Icon name="step" />
        </button>
        {compact ? null : (
          <>
            <button
              type="button"
              className="px-button"
              onClick={() => reset(store)}
              disabled={atStart}
            >
              <Icon name="reset" />
              <span className="px-button__text">{tr('controls.reset')}</span>
            </button>
            <label className="px-controls__speed">
              <span>{tr('controls.speed')}</span>
              <select value={speed} onChange={(e) => setSpeed(store, Number(e.target.value))}>
                {SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    ×{s}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </div>
      <Scrubber compact={compact} />
      {extra}
    </div>
  );
}
