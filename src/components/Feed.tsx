// "Latest developments": what happened across every feature that passes the filters, newest first.
import { useId, useMemo, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import { feedEntries, feedSince } from '../domain/feed';
import { formatPartialDate } from '../domain/partial-date';
import { useT } from '../i18n/I18nProvider';
import { SourceLinks } from './SourceLinks';
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
  const tr = useT();
  const sinceId = useId();
  const [limit, setLimit] = useState(PAGE);
  const all = useMemo(() => feedEntries(features, tr), [features, tr]);
  const entries = useMemo(() => feedSince(all, since), [all, since]);
  const shown = entries.slice(0, limit);
  /** The data's prose is English: marked so where the page is in another language. */
  const english = tr.lang === 'en' ? undefined : 'en';
  return (
    <div className="feed">
      <div className="feed__since">
        <label htmlFor={sinceId}>{tr.t('feed.since')}</label>
        <input
          id={sinceId}
          type="date"
          value={since ?? ''}
          onChange={(e) => onSinceChange(/^\d{4}-\d{2}-\d{2}$/.test(e.target.value) ? e.target.value : null)}
        />
        {since && (
          <button type="button" className="tools__button" onClick={() => onSinceChange(null)}>
            {tr.t('feed.allDates')}
          </button>
        )}
      </div>
      <p className="feed__count" role="status">
        {since
          ? tr.t('feed.countSince', { count: entries.length, date: formatPartialDate(since, tr) })
          : tr.t('feed.count', { count: entries.length })}
      </p>
      <ol className="feed__list">
        {shown.map((e, i) => (
          <li key={`${e.featureId}-${e.day}-${i}`} className="feed__entry" data-date={e.day}>
            <p className="feed__meta">
              <time dateTime={e.day}>{formatPartialDate(e.date, tr)}</time>
              {' · '}
              <a
                href={hrefFor(e.featureId)}
                lang={e.nameLang === tr.lang ? undefined : e.nameLang}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(e.featureId);
                }}
              >
                {e.featureName}
              </a>
            </p>
            <p className="feed__headline">{e.headline}</p>
            <p className="feed__text" lang={english}>
              {e.text}
            </p>
            <SourceLinks sources={e.sources} className="feed__sources" />
          </li>
        ))}
      </ol>
      {entries.length > shown.length && (
        <button type="button" className="tools__button" onClick={() => setLimit((n) => n + PAGE)}>
          {tr.t('feed.more', { count: Math.min(PAGE, entries.length - shown.length) })}
        </button>
      )}
    </div>
  );
}
