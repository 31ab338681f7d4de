import { useEffect, useId, useRef, useState } from 'react';
import { manualAt, pullLever, undo, usePaxos, useStoreApi } from '../../store';
import { Popover } from '../Popover';
import { isInside } from '../shadow';
import { RulesButton } from '../Lab/RulesButton';
import { useT } from '../useT';
import { InFlightPanel } from './InFlightPanel';
import { NetworkPanel } from './NetworkPanel';
import { PartitionEditor } from './PartitionEditor';
import { ProposersPanel } from './ProposersPanel';
import { QuorumsPanel } from './QuorumsPanel';
import { RequestPanel } from './RequestPanel';

/**
 * The levers a lecturer pulls at the cursor: split the network, add a competing proposer,
 * send a request, change the network and the quorums, become the network, act on one message in flight — and
 * Undo. Each lever is an edit of the scenario at the cursor; the future is re-simulated. On a
 * phone the rarer levers fold under More, so the row fits beside the diagram.
 */
export function Toolbar() {
  const tr = useT();
  const store = useStoreApi();
  const canUndo = usePaxos((s) => s.past.length > 0);
  const manual = usePaxos((s) => manualAt(s.scenario, s.cursor));
  const inFlight = usePaxos((s) => s.world.inFlight.length);
  const [more, setMore] = useState(false);
  const foldId = useId();
  const fold = useRef<HTMLDivElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const moreButton = useRef<HTMLButtonElement>(null);
  const toggleMore = () => {
    setMore(!more);
    // Opened, the levers it showed come first in the tab order: focus goes to the first of them.
    if (!more) requestAnimationFrame(() => fold.current?.querySelector('button')?.focus());
  };
  // Upright on a phone the opened levers lie over the diagram (controls.css), as a menu does:
  // a tap elsewhere folds them away again, and Escape too, with the focus back on More.
  useEffect(() => {
    if (!more) return;
    const onPointer = (event: PointerEvent) => {
      if (!isInside(event, toolbar.current)) setMore(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [more]);
  return (
    <div
      ref={toolbar}
      className={`px-toolbar${more ? ' px-toolbar--more' : ''}`}
      role="toolbar"
      aria-label={tr('toolbar.label')}
      onKeyDown={(e) => {
        // A lever's open panel takes its own Escape first (Popover stops it there).
        if (e.key !== 'Escape' || !more) return;
        // Folding the levers is all this Escape does: a picked slot stays picked.
        e.stopPropagation();
        setMore(false);
        moreButton.current?.focus();
      }}
    >
      {/* On a phone these wait under More (styles/controls.css); elsewhere they are in the row. */}
      <div className="px-toolbar__fold" id={foldId} ref={fold}>
        <Popover label={tr('partition.title')} button={tr('toolbar.partition')}>
          {(close) => <PartitionEditor onDone={close} />}
        </Popover>
        <Popover label={tr('proposers.title')} button={tr('toolbar.proposers')}>
          {(close) => <ProposersPanel onDone={close} />}
        </Popover>
        <Popover label={tr('request.title')} button={tr('toolbar.request')}>
          {(close) => <RequestPanel onDone={close} />}
        </Popover>
        <Popover label={tr('network.title')} button={tr('toolbar.network')}>
          {(close) => <NetworkPanel onDone={close} />}
        </Popover>
        <Popover label={tr('quorums.title')} button={tr('toolbar.quorums')}>
          {(close) => <QuorumsPanel onDone={close} />}
        </Popover>
        <label className="px-toolbar__toggle">
          <input
            type="checkbox"
            checked={manual}
            onChange={(e) => pullLever(store, { scheduler: e.target.checked ? 'manual' : 'timed' })}
          />
          {tr('toolbar.manual')}
        </label>
      </div>
      <Popover label={tr('inflight.title')} button={tr('toolbar.inFlight', { count: inFlight })}>
        {() => <InFlightPanel />}
      </Popover>
      <RulesButton />
      <button
        type="button"
        className="px-button"
        disabled={!canUndo}
        onClick={() => undo(store)}
        aria-keyshortcuts="Control+Z"
      >
        {tr('toolbar.undo')}
      </button>
      <button
        ref={moreButton}
        type="button"
        className="px-button px-toolbar__more"
        aria-expanded={more}
        aria-controls={foldId}
        aria-label={tr('toolbar.moreLabel')}
        onClick={toggleMore}
      >
        {tr('toolbar.more')}
        <span aria-hidden="true">{more ? ' ▴' : ' ▾'}</span>
      </button>
      {manual ? (
        <p className="px-toolbar__hint" role="status">
          {tr('toolbar.manualHint')}
        </p>
      ) : null}
    </div>
  );
}
