import type { Theme } from '../../store';
import { setTheme, usePaxos, useStoreApi } from '../../store';
import { Icon } from '../Icon';
import { useT } from '../useT';

const THEMES: readonly Theme[] = ['system', 'light', 'dark'];

/**
 * System, light or dark, as three small pressed-or-not buttons: one click to any of them, and
 * the current one always visible. The choice goes into the address, so a shared link keeps it.
 */
export function ThemeToggle() {
  const tr = useT();
  const store = useStoreApi();
  const theme = usePaxos((s) => s.theme);
  return (
    <div className="px-theme-toggle" role="group" aria-label={tr('theme.label')}>
      {THEMES.map((t) => (
        <button
          key={t}
          type="button"
          className="px-theme-toggle__button"
          aria-pressed={theme === t}
          aria-label={tr(`theme.${t}`)}
          title={`${tr('theme.label')}: ${tr(`theme.${t}`)}`}
          onClick={() => setTheme(store, t)}
        >
          <Icon name={t} />
        </button>
      ))}
    </div>
  );
}
