// "Embed": the <iframe> snippet for the current view (?embed=1), ready to copy.
import { useId, useState } from 'react';
import { copyText } from './copy-text';
import './tools.css';

export interface EmbedButtonProps {
  /** The URL of the current view with embed=1. */
  getEmbedUrl(): string;
}

/** The snippet as text; the URL is attribute-escaped (it is shown and copied, never parsed as HTML here). */
export function iframeSnippet(url: string): string {
  const attr = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${attr}" width="800" height="600" style="border:0" title="Border Logistics Map" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

export function EmbedButton({ getEmbedUrl }: EmbedButtonProps) {
  const panelId = useId();
  const fieldId = useId();
  const [snippet, setSnippet] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  return (
    <div className="embed">
      <button
        type="button"
        className="tools__button"
        aria-expanded={snippet !== null}
        aria-controls={panelId}
        onClick={() => {
          setStatus('');
          setSnippet((s) => (s ? null : iframeSnippet(getEmbedUrl())));
        }}
      >
        Embed
      </button>
      {snippet && (
        <section id={panelId} className="embed__panel" aria-label="Embed code">
          <label htmlFor={fieldId}>HTML to paste into your page</label>
          <textarea
            id={fieldId}
            className="embed__code"
            readOnly
            rows={4}
            value={snippet}
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            className="tools__button"
            onClick={() =>
              void copyText(snippet).then((ok) =>
                setStatus(ok ? 'Embed code copied.' : 'Select the code and copy it.'),
              )
            }
          >
            Copy embed code
          </button>
          <p className="cite__status" role="status">
            {status}
          </p>
        </section>
      )}
    </div>
  );
}
