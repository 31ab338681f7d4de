import { localeOf } from '../i18n';
import { runNotice, usePaxos } from '../store';
import { useT } from './useT';

/**
 * One sentence above the diagram when the run as a whole needs saying: its budget cut it
 * short, or nothing happens in it. A status, not an alert: the run is fine, only unusual.
 */
export function RunNotice({ compact = false }: { compact?: boolean }) {
  // The compact form is the embed's, which has no narration to say that nothing happens.
  const tr = useT();
  const lang = usePaxos((s) => s.lang);
  const trace = usePaxos((s) => s.trace);
  const notice = runNotice(trace, !compact);
  if (notice === null) return null;
  const format = (n: string | number) =>
    typeof n === 'number' ? n.toLocaleString(localeOf(lang)) : n;
  const params = Object.fromEntries(
    Object.entries(notice.params).map(([name, value]) => [name, format(value)]),
  );
  return (
    <p
      className={`px-notice${compact ? ' px-notice--compact' : ''}`}
      role="status"
      data-notice={notice.key}
    >
      {tr(notice.key, params)}
    </p>
  );
}
