import { DrawingBoundary } from './DrawingBoundary';
import { localeOf } from '../i18n';
import { usePaxos } from '../store';
import { PlaybackControls } from './Controls/PlaybackControls';
import { RunNotice } from './RunNotice';
import { OpenInApp } from './Embed/OpenInApp';
import { Swimlanes } from './Swimlanes/Swimlanes';
import { useT } from './useT';
import { useStill } from './useStill';

/**
 * What an embed shows (an iframe with `?embed=1`, or `<paxos-scope>`): the diagram and one
 * compact row — playback unless `controls=0`, and the way to the full app. It fills the box it
 * is given and never scrolls: the diagram takes whatever height the row leaves.
 */
export function EmbedScreen({ controls, error }: { controls: boolean; error: string | null }) {
  const tr = useT();
  const lang = usePaxos((s) => s.lang);
  const still = useStill();
  return (
    <div className={`px-app px-app--embed${still ? ' px-app--still' : ''}`} lang={localeOf(lang)}>
      {error === null ? null : (
        <p className="px-error px-error--compact" role="alert">
          {tr('app.loadError', { error })}
        </p>
      )}
      <RunNotice compact />
      {/* Not a <main>: inside <paxos-scope> it would be a second main landmark of the host page. */}
      <div className="px-main">
        <DrawingBoundary compact>
          <Swimlanes />
        </DrawingBoundary>
      </div>
      {controls ? (
        <PlaybackControls compact extra={<OpenInApp />} />
      ) : (
        <div className="px-embed__bar">
          <OpenInApp />
        </div>
      )}
    </div>
  );
}
