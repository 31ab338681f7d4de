import { useState } from 'react';
import { useHost } from '../hostContext';
import { useT } from '../useT';

/**
 * Copies the link that reproduces exactly this run (scenario, edits, position, language).
 * Where the clipboard is not available the link is shown, selected, to copy by hand. A host
 * with no app to link to (a page saved to disk) shows no Share button.
 */
export function ShareButton() {
  const tr = useT();
  const host = useHost();
  const [shown, setShown] = useState<{ link: string; copied: boolean } | null>(null);
  const { link: linkOf } = host;
  if (linkOf === null) return null;
  return (
    <div className="px-share">
      <button
        type="button"
        className="px-button"
        onClick={async () => {
          const link = linkOf();
          try {
            await navigator.clipboard.writeText(link);
            setShown({ link, copied: true });
          } catch {
            setShown({ link, copied: false });
          }
        }}
      >
        {tr('share.button')}
      </button>
      {shown === null ? null : (
        <span className="px-share__result" role="status">
          {shown.copied ? tr('share.copied') : tr('share.copyThis')}
          <input
            className="px-share__link"
            readOnly
            value={shown.link}
            aria-label={tr('share.link')}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </div>
  );
}
