import { useMemo } from 'react';
import { usePaxos } from '../../store';
import { useHost } from '../hostContext';
import { useT } from '../useT';

/**
 * "Open in Paxoscope": the full app in a new tab with this very run at this very step. The
 * address is rebuilt when the run or the step changes, not on every frame of the cursor.
 */
export function OpenInApp() {
  const tr = useT();
  const { link } = useHost();
  const base = usePaxos((s) => s.base);
  const edits = usePaxos((s) => s.edits);
  const step = usePaxos((s) => s.step);
  const lang = usePaxos((s) => s.lang);
  const theme = usePaxos((s) => s.theme);
  const href = useMemo(
    () => (link === null ? null : link()),
    // The link reads the store; these are the parts of it that the link depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [link, base, edits, step, lang, theme],
  );
  if (href === null) return null;
  return (
    // The name stays whole for screen readers when a narrow box shows only the arrow.
    <a
      className="px-open"
      href={href}
      target="_blank"
      rel="noopener"
      title={tr('embed.openTitle')}
      aria-label={tr('embed.open')}
    >
      <span className="px-open__words">{tr('embed.open')} </span>
      <span aria-hidden="true">↗</span>
    </a>
  );
}
