import { canFit, fitRun, usePaxos, useStoreApi } from '../../store';
import { Icon } from '../Icon';
import { useT } from '../useT';

/**
 * Always on the diagram: one click (or F) shows the whole run, tick 0 to its end, so a story
 * that scrolled away comes back into view. The view keeps showing the whole run until the user
 * zooms or pans it, resets, or plays the run again from its start. A run too heavy to draw
 * whole (see FIT_MESSAGES_MAX) has no Fit.
 */
export function FitButton() {
  const tr = useT();
  const store = useStoreApi();
  const fits = usePaxos(canFit);
  if (!fits) return null;
  return (
    <button
      type="button"
      className="px-button px-fit"
      onClick={() => fitRun(store)}
      title={tr('controls.fitTitle')}
      aria-keyshortcuts="F"
    >
      <Icon name="fit" />
      {tr('controls.fit')}
    </button>
  );
}
