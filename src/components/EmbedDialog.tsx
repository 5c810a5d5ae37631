// "Embed": the <iframe> snippet for the current view (?embed=1), ready to copy.
import { useId } from 'react';
import { PROJECT } from '../domain/about';
import { useT } from '../i18n/I18nProvider';
import { CopyDisclosure } from './CopyDisclosure';

export interface EmbedButtonProps {
  /** The URL of the current view with embed=1. */
  getEmbedUrl(): string;
}

/** The snippet as text; the URL is attribute-escaped (it is shown and copied, never parsed as HTML here). */
export function iframeSnippet(url: string, title: string = PROJECT.title): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(url)}" width="800" height="600" style="border:0" title="${escape(title)}" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}

export function EmbedButton({ getEmbedUrl }: EmbedButtonProps) {
  const tr = useT();
  const fieldId = useId();
  return (
    <CopyDisclosure
      label={tr.t('embed.button')}
      title={tr.t('embed.panel')}
      className="embed"
      panelClassName="embed__panel"
      build={() => iframeSnippet(getEmbedUrl(), tr.t('app.title'))}
    >
      {(snippet, copy) => (
        <>
          <label htmlFor={fieldId}>{tr.t('embed.label')}</label>
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
            onClick={() => copy(snippet, tr.t('embed.copied'), tr.t('embed.selectToCopy'))}
          >
            {tr.t('embed.copy')}
          </button>
        </>
      )}
    </CopyDisclosure>
  );
}
