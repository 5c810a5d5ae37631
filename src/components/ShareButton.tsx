// Copies the link to the current view; where the clipboard is unavailable or refused, hands the link over by hand.
import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from './copy-text';
import './components.css';
import { useT } from '../i18n/I18nProvider';

export interface ShareButtonProps {
  getUrl(): string;
}

const MESSAGE_MS = 4000;

export function ShareButton({ getUrl }: ShareButtonProps) {
  const inputId = useId();
  const { t } = useT();
  const [copied, setCopied] = useState(false);
  // A fresh object per failure, so a second failed copy focuses and selects the field again.
  const [fallback, setFallback] = useState<{ url: string } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const messageTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (!fallback) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [fallback]);

  useEffect(
    () => () => {
      if (messageTimer.current !== null) clearTimeout(messageTimer.current);
    },
    [],
  );

  async function copy() {
    const url = getUrl();
    if (!(await copyText(url))) {
      setCopied(false);
      setFallback({ url });
      return;
    }
    setFallback(null);
    setCopied(true);
    if (messageTimer.current !== null) clearTimeout(messageTimer.current);
    messageTimer.current = setTimeout(() => setCopied(false), MESSAGE_MS);
  }

  // Phones hand the link to the system's share sheet where the browser offers one.
  const canShare =
    typeof navigator.share === 'function' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(pointer: coarse)').matches;

  return (
    <div className="share">
      <button type="button" className="share__button" onClick={() => void copy()}>
        {t('share.copy')}
      </button>
      {canShare && (
        <button
          type="button"
          className="share__button"
          onClick={() =>
            void navigator.share({ title: document.title, url: getUrl() }).catch(() => undefined)
          }
        >
          {t('share.share')}
        </button>
      )}
      <span className="share__status" role="status" aria-live="polite">
        {copied ? t('share.copied') : ''}
      </span>
      {fallback && (
        <div className="share__fallback">
          <label htmlFor={inputId}>{t('share.fallback')}</label>
          <input
            id={inputId}
            ref={inputRef}
            className="share__input"
            type="text"
            readOnly
            value={fallback.url}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
    </div>
  );
}
