import { setFollow, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';

/**
 * Shown once the view stopped reading at the cursor: the user scrolled or zoomed it away, or it
 * shows the whole run. One click brings the cursor back at a reading zoom, followed from then on.
 */
export function FollowButton() {
  const tr = useT();
  const store = useStoreApi();
  const reading = usePaxos((s) => s.follow && !s.fit);
  if (reading) return null;
  return (
    <button type="button" className="px-button px-follow" onClick={() => setFollow(store, true)}>
      <span aria-hidden="true">↧</span>
      {tr('controls.follow')}
    </button>
  );
}
