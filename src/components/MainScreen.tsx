import { DrawingBoundary } from './DrawingBoundary';
import { localeOf, pick } from '../i18n';
import { setPresenting, usePaxos, useStoreApi } from '../store';
import { PresenterScreen } from './Present/PresenterScreen';
import { PlaybackControls } from './Controls/PlaybackControls';
import { ExportMenu } from './Export/ExportMenu';
import { LangSwitch } from './LangSwitch';
import { Lesson } from './Lesson';
import { EmbedButton } from './Embed/EmbedButton';
import { Narration } from './Narration';
import { RunNotice } from './RunNotice';
import { QuorumNotice } from './QuorumNotice';
import { QuorumSlot } from './Lab/QuorumSlot';
import { ImportButton } from './Scenario/ImportButton';
import { ShareButton } from './Share/ShareButton';
import { ScenarioPicker } from './Scenario/ScenarioPicker';
import { useFileDrop } from './Scenario/useFileDrop';
import { useScenarioImport } from './Scenario/useScenarioImport';
import { ThemeToggle } from './Theme/ThemeToggle';
import { Toolbar } from './Toolbar/Toolbar';
import { Swimlanes } from './Swimlanes/Swimlanes';
import { LogPanel } from './Log/LogPanel';
import { useT } from './useT';
import { useStill } from './useStill';

/**
 * What a student sees: the scenario's title and goal, the diagram, the narration, playback.
 * A scenario file dropped anywhere on it opens as the Import button would open it. The app
 * loads it on demand (see App), so an embed never downloads the levers, the narration and the
 * rest of what only this screen shows.
 */
export function MainScreen({ error }: { error: string | null }) {
  const presenting = usePaxos((s) => s.presenting);
  return presenting ? <PresenterScreen /> : <FullScreen error={error} />;
}

function FullScreen({ error }: { error: string | null }) {
  const tr = useT();
  const store = useStoreApi();
  const lang = usePaxos((s) => s.lang);
  const still = useStill();
  const goal = usePaxos((s) => pick(s.scenario.goal, s.lang));
  const scenarioImport = useScenarioImport();
  const { dragging, dropProps } = useFileDrop(scenarioImport.open);
  return (
    <div className={`px-app${still ? ' px-app--still' : ''}`} lang={localeOf(lang)} {...dropProps}>
      <header className="px-top">
        <div className="px-top__brand">
          <span className="px-top__logo" aria-hidden="true" />
          <span className="px-top__name">Paxoscope</span>
          <span className="px-top__tagline">{tr('app.tagline')}</span>
        </div>
        <ScenarioPicker />
        <ImportButton onFile={scenarioImport.open} problem={scenarioImport.problem} />
        <ShareButton />
        <EmbedButton />
        <ExportMenu />
        <button
          type="button"
          className="px-button"
          onClick={() => setPresenting(store, true)}
          aria-keyshortcuts="P"
        >
          {tr('present.button')}
        </button>
        <ThemeToggle />
        <LangSwitch />
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
      {/* The levers, the diagram, its words and playback: on a phone, one screen's worth (see
          layout.css); elsewhere the stage is no box, and its parts share the page's column. */}
      <div className="px-stage">
        <Toolbar />
        <RunNotice />
        <QuorumNotice />
        {/* The diagram and, for Multi-Paxos, the log beside it (or under it, or on a phone on
            its side in the words' column: see log.css). */}
        <div className="px-board">
          <main className="px-main">
            <DrawingBoundary>
              <Swimlanes />
            </DrawingBoundary>
          </main>
          <DrawingBoundary>
            <LogPanel />
          </DrawingBoundary>
        </div>
        <div className="px-words">
          <DrawingBoundary>
            <Lesson />
            <Narration />
            <QuorumSlot />
          </DrawingBoundary>
        </div>
        <PlaybackControls />
      </div>
      {dragging ? (
        <div className="px-drop" data-drop-overlay>
          <p>{tr('import.drop')}</p>
        </div>
      ) : null}
    </div>
  );
}
