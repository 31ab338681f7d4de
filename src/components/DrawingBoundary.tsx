import { Component, useLayoutEffect } from 'react';
import type { ReactNode } from 'react';
import { goodRunOf, restoreRun, StoreContext, usePaxos, useStoreApi } from '../store';
import type { GoodRun, PaxosStore } from '../store';
import { useT } from './useT';

interface Props {
  children: ReactNode;
  compact?: boolean;
}

/**
 * Whatever throws while a part of the screen is drawn, that part says so and offers Reset,
 * which puts back the last run it drew; the controls and the rest of the page keep working.
 * Without it, one bad value in a stranger's file would leave a blank page.
 */
export class DrawingBoundary extends Component<Props, { error: Error | null }> {
  static override contextType = StoreContext;
  declare context: PaxosStore | null;
  override state: { error: Error | null } = { error: null };
  private good: GoodRun | null = null;

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  private readonly onDrawn = (good: GoodRun) => {
    this.good = good;
  };

  private readonly onReset = () => {
    if (this.context !== null) restoreRun(this.context, this.good);
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error !== null)
      return <DrawingFailed error={error} compact={this.props.compact} onReset={this.onReset} />;
    return (
      <>
        {this.props.children}
        <DrawnRun onDrawn={this.onDrawn} />
      </>
    );
  }
}

/**
 * Tells the boundary which run was drawn. Its effect runs only when the whole commit it
 * belongs to succeeded, so the run it reports is one every sibling drew without throwing.
 */
function DrawnRun({ onDrawn }: { onDrawn: (good: GoodRun) => void }) {
  const store = useStoreApi();
  const trace = usePaxos((s) => s.trace);
  const step = usePaxos((s) => s.step);
  useLayoutEffect(() => onDrawn(goodRunOf(store.getState())), [store, trace, step, onDrawn]);
  return null;
}

function DrawingFailed({
  error,
  compact,
  onReset,
}: {
  error: Error;
  compact: boolean | undefined;
  onReset: () => void;
}) {
  const tr = useT();
  return (
    <div
      className={`px-error px-drawing-failed${compact ? ' px-error--compact' : ''}`}
      role="alert"
    >
      <p>{tr('app.drawError', { error: error.message.slice(0, 200) })}</p>
      <button type="button" className="px-button" onClick={onReset}>
        {tr('app.reset')}
      </button>
    </div>
  );
}
