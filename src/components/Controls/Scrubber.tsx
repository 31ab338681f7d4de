import { pause, seek, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';

/**
 * A slider over the whole run; dragging it seeks, with every step up to that time applied.
 * The compact readout (the embed's) gives the time only.
 */
export function Scrubber({ compact = false }: { compact?: boolean }) {
  const tr = useT();
  const store = useStoreApi();
  const cursor = usePaxos((s) => s.cursor);
  const end = usePaxos((s) => s.trace.end);
  const step = usePaxos((s) => s.step);
  const steps = usePaxos((s) => s.trace.steps.length);
  const recording = usePaxos((s) => s.recording !== null);
  const time = Math.round(cursor * 10) / 10;
  return (
    <div className="px-scrubber">
      <input
        type="range"
        min={0}
        max={end}
        step={0.05}
        value={cursor}
        aria-label={tr('controls.scrubber')}
        aria-valuetext={tr('controls.time', { time, end })}
        onChange={(e) => {
          pause(store);
          seek(store, Number(e.target.value));
        }}
      />
      <output className="px-scrubber__readout" data-cursor={cursor}>
        {tr('controls.time', { time, end })}
        {compact ? null : ` · ${tr('controls.stepCount', { step, steps })}`}
        {recording && !compact ? ` · ${tr('controls.recording')}` : null}
      </output>
    </div>
  );
}
