// "Latest developments": what happened across every feature that passes the filters, newest first.
import { useId, useMemo, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import { feedEntries, feedSince } from '../domain/feed';
import { formatPartialDate } from '../domain/partial-date';
import './tools.css';

export interface FeedProps {
  features: MapFeature[];
  since: string | null;
  onSinceChange(since: string | null): void;
  onOpen(id: string): void;
  /** href of a feature's card (its permalink). */
  hrefFor(id: string): string;
}

const PAGE = 30;

export function Feed({ features, since, onSinceChange, onOpen, hrefFor }: FeedProps) {
  const sinceId = useId();
  const [limit, setLimit] = useState(PAGE);
  const all = useMemo(() => feedEntries(features), [features]);
  const entries = useMemo(() => feedSince(all, since), [all, since]);
  const shown = entries.slice(0, limit);
  return (
    <div className="feed">
      <div className="feed__since">
        <label htmlFor={sinceId}>Since</label>
        <input
          id={sinceId}
          type="date"
          value={since ?? ''}
          onChange={(e) => onSinceChange(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
        />
        {since && (
          <button type="button" className="tools__button" onClick={() => onSinceChange(null)}>
            All dates
          </button>
        )}
      </div>
      <p className="feed__count" role="status">
        {since
          ? `${entries.length} ${entries.length === 1 ? 'event' : 'events'} after ${formatPartialDate(since)}`
          : `${entries.length} ${entries.length === 1 ? 'event' : 'events'}, newest first`}
      </p>
      <ol className="feed__list">
        {shown.map((e, i) => (
          <li key={`${e.featureId}-${e.day}-${i}`} className="feed__entry" data-date={e.day}>
            <p className="feed__meta">
              <time dateTime={e.day}>{formatPartialDate(e.date)}</time>
              {' · '}
              <a
                href={hrefFor(e.featureId)}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(e.featureId);
                }}
              >
                {e.featureName}
              </a>
            </p>
            <p className="feed__headline">{e.headline}</p>
            <p className="feed__text">{e.text}</p>
            {e.sources.length > 0 && (
              <p className="feed__sources">
                {'Sources: '}
                {e.sources.map((s, j) => (
                  <span key={j}>
                    {j > 0 && ', '}
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.publisher}
                      <span className="feature-card__visually-hidden"> (opens in a new tab)</span>
                    </a>
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>
      {entries.length > shown.length && (
        <button type="button" className="tools__button" onClick={() => setLimit((n) => n + PAGE)}>
          {`Show ${Math.min(PAGE, entries.length - shown.length)} more`}
        </button>
      )}
    </div>
  );
}
