import { useId, useState } from 'react';
import type { EmbedChoice } from '../hostContext';
import { useHost } from '../hostContext';
import { Popover } from '../Popover';
import { useT } from '../useT';

/**
 * The code that embeds this run in another page: an iframe of the embed view, with the choices
 * an author usually wants (play on load, loop). Read-only, selected on focus, and a Copy button.
 */
export function EmbedButton() {
  const tr = useT();
  const { embedSnippet } = useHost();
  if (embedSnippet === null) return null;
  return (
    <Popover label={tr('embed.title')} button={tr('embed.button')}>
      {() => <EmbedPanel snippet={embedSnippet} />}
    </Popover>
  );
}

function EmbedPanel({ snippet }: { snippet: (choice: EmbedChoice) => string }) {
  const tr = useT();
  const id = useId();
  const [autoplay, setAutoplay] = useState(false);
  const [loop, setLoop] = useState(false);
  const [copied, setCopied] = useState<boolean | null>(null);
  const code = snippet({ autoplay, loop });
  return (
    <div className="px-panel px-embed-panel">
      <p className="px-panel__hint">{tr('embed.hint')}</p>
      <div className="px-panel__row">
        <label className="px-toolbar__toggle">
          <input
            type="checkbox"
            checked={autoplay}
            onChange={(e) => setAutoplay(e.target.checked)}
          />
          {tr('embed.autoplay')}
        </label>
        <label className="px-toolbar__toggle">
          <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
          {tr('embed.loop')}
        </label>
      </div>
      <label className="px-field" htmlFor={id}>
        {tr('embed.code')}
      </label>
      <textarea
        id={id}
        className="px-embed-panel__code"
        readOnly
        rows={5}
        value={code}
        onFocus={(e) => e.currentTarget.select()}
      />
      <div className="px-panel__actions">
        <button
          type="button"
          className="px-button"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(code);
              setCopied(true);
            } catch {
              setCopied(false);
            }
          }}
        >
          {tr('embed.copy')}
        </button>
        {copied === null ? null : (
          <span role="status" className="px-panel__hint">
            {copied ? tr('embed.copied') : tr('embed.copyByHand')}
          </span>
        )}
      </div>
    </div>
  );
}
