import { setFollow, usePaxos, useStoreApi } from '../../store';
import { useT } from '../useT';

/** Shown once the user has scrolled or zoomed the diagram away: one click brings the cursor back into view. */
export function FollowButton() {
  const tr = useT();
  const store = useStoreApi();
  const follow = usePaxos((s) => s.follow);
  if (follow) return null;
  return (
    <button type="button" className="px-button px-follow" onClick={() => setFollow(store, true)}>
      <span aria-hidden="true">↧</span>
      {tr('controls.follow')}
    </button>
  );
}
