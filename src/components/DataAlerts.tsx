// Plain-words reports of what failed to load or was left out, with a Retry, and notices about ignored link values.
import type { DataIssue } from '../domain/schema';

/** What the loader reports (the shape of data/'s Dataset that this panel reads). */
export interface LoadReport {
  failures: readonly { file: string; message: string }[];
  issues: readonly DataIssue[];
}

export interface DataAlertsProps {
  dataset: LoadReport | null;
  notices: string[];
  onRetry(): void;
  onDismissNotices(): void;
}

export function DataAlerts({ dataset, notices, onRetry, onDismissNotices }: DataAlertsProps) {
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
          {failures.length > 0 && (
            <>
              <p className="data-alert__title">
                {failures.length === 1
                  ? 'A data file could not be loaded'
                  : `${failures.length} data files could not be loaded`}
                ; everything else is shown.
              </p>
              <ul>
                {failures.map((f) => (
                  <li key={f.file}>
                    {f.file}: {f.message}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={onRetry}>
                Retry
              </button>
            </>
          )}
          {leftOut.size > 0 && (
            <details className="data-alert__details">
              <summary>
                {leftOut.size === 1 ? 'One feature has' : `${leftOut.size} features have`} data problems (left
                out or corrected)
              </summary>
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
              <li key={i}>{n}</li>
            ))}
          </ul>
          <button type="button" onClick={onDismissNotices}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
