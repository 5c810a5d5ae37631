// Plain-words reports of what failed to load or was left out, with a Retry, and notices about ignored link values.
import type { DataIssue } from '../domain/schema';
import { plainReason } from '../domain/failure-reason';
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
  notices: string[];
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
              <p className="data-alert__title">Nothing could be loaded</p>
              <p>
                None of the map&rsquo;s data files arrived, so there are no crossings, bridges or hubs to
                show. Check the connection and try again.
              </p>
              <button type="button" className="data-alert__retry" onClick={onRetry}>
                Retry
              </button>
            </>
          )}
          {failures.length > 0 && !nothingLoaded && (
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
                    {f.file}: {plainReason(f.message)}
                  </li>
                ))}
              </ul>
              <button type="button" className="data-alert__retry" onClick={onRetry}>
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
