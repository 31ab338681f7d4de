import { pick } from '../i18n';
import { usePaxos } from '../store';
import { PlaybackControls } from './Controls/PlaybackControls';
import { EmbedButton } from './Embed/EmbedButton';
import { Narration } from './Narration';
import { SavePageButton } from './Save/SavePageButton';
import { ImportButton } from './Scenario/ImportButton';
import { ShareButton } from './Share/ShareButton';
import { ScenarioPicker } from './Scenario/ScenarioPicker';
import { ThemeToggle } from './Theme/ThemeToggle';
import { Toolbar } from './Toolbar/Toolbar';
import { Swimlanes } from './Swimlanes/Swimlanes';
import { useT } from './useT';

/**
 * What a student sees: the scenario's title and goal, the diagram, the narration, playback.
 * The app loads it on demand (see App), so an embed never downloads the levers, the
 * narration and the rest of what only this screen shows.
 */
export function MainScreen({ error }: { error: string | null }) {
  const tr = useT();
  const lang = usePaxos((s) => s.lang);
  const motion = usePaxos((s) => s.motion);
  const goal = usePaxos((s) => pick(s.scenario.goal, s.lang));
  return (
    <div
      className={`px-app${motion ? '' : ' px-app--still'}`}
      lang={lang === 'zh' ? 'zh-CN' : 'en'}
    >
      <header className="px-top">
        <div className="px-top__brand">
          <span className="px-top__logo" aria-hidden="true" />
          <span className="px-top__name">Paxoscope</span>
          <span className="px-top__tagline">{tr('app.tagline')}</span>
        </div>
        <ScenarioPicker />
        <ImportButton />
        <ShareButton />
        <EmbedButton />
        <SavePageButton />
        <ThemeToggle />
      </header>
      {goal === '' ? null : (
        <p className="px-goal">
          <strong>{tr('scenario.goal')}:</strong> {goal}
        </p>
      )}
      {error === null ? null : (
        <p className="px-error" role="alert">
          {tr('app.loadError', { error })}
        </p>
      )}
      <Toolbar />
      <main className="px-main">
        <Swimlanes />
      </main>
      <Narration />
      <PlaybackControls />
    </div>
  );
}
