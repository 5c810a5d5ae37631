// Plain-words reports of what failed to load or was left out, with a Retry, and notices about ignored link values.
import type { DataIssue } from '../domain/schema';
import { plainReason } from '../domain/failure-reason';
import type { MessageRef } from '../i18n/translator';
import { useT } from '../i18n/I18nProvider';
import './panel.css';

/** What the loader reports (the shape of data/'s Dataset that this panel reads). */
export interface LoadReport {
  failures: readonly { file: string; message: string }[];
  issues: readonly DataIssue[];
}

export interface DataAlertsProps {
  dataset: LoadReport | null;
  /** Every data file failed: nothing at all could be loaded. */
  nothingLoaded?: boolean;
  notices: MessageRef[];
  onRetry(): void;
  onDismissNotices(): void;
}

export function DataAlerts({
  dataset,
  nothingLoaded = false,
  notices,
  onRetry,
  onDismissNotices,
}: DataAlertsProps) {
  const tr = useT();
  const failures = dataset?.failures ?? [];
  const leftOut = new Map<string, string[]>();
  for (const issue of dataset?.issues ?? []) {
    const key = `${issue.file} · ${issue.featureId}`;
    leftOut.set(key, [...(leftOut.get(key) ?? []), `${issue.field}: ${issue.message}`]);
  }
  return (
    <>
      {(failures.length > 0 || leftOut.size > 0) && (
        <div className="data-alert" role="alert">
          {nothingLoaded && (
            <>
              <p className="data-alert__title">{tr.t('alert.nothingTitle')}</p>
              <p>{tr.t('alert.nothingText')}</p>
              <button type="button" className="data-alert__retry" onClick={onRetry}>
                {tr.t('alert.retry')}
              </button>
            </>
          )}
          {failures.length > 0 && !nothingLoaded && (
            <>
              <p className="data-alert__title">{tr.t('alert.failed', { count: failures.length })}</p>
              <ul>
                {failures.map((f) => (
                  <li key={f.file}>
                    {f.file}: {plainReason(f.message, tr)}
                  </li>
                ))}
              </ul>
              <button type="button" className="data-alert__retry" onClick={onRetry}>
                {tr.t('alert.retry')}
              </button>
            </>
          )}
          {leftOut.size > 0 && (
            <details className="data-alert__details">
              <summary>{tr.t('alert.problems', { count: leftOut.size })}</summary>
              <ul>
                {[...leftOut].map(([key, messages]) => (
                  <li key={key}>
                    {key}: {messages.slice(0, 3).join('; ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      {notices.length > 0 && (
        <div className="url-notice" role="status">
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{tr.t(n.key, n.values)}</li>
            ))}
          </ul>
          <button type="button" onClick={onDismissNotices}>
            {tr.t('alert.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
