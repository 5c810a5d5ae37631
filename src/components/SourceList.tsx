// The card's sources, newest first; secondary sources (aggregators, wikis, blogs, digests) are marked as such.
import type { FeatureProperties } from '../domain/schema';
import { formatPartialDate } from '../domain/partial-date';
import { sourcesNewestFirst } from '../domain/timeline-view';
import './components.css';
import './quality.css';

const LANGUAGE_NAME: Record<string, string> = { ru: 'Russian', zh: 'Chinese', ko: 'Korean', ja: 'Japanese' };

export function SourceList({ properties }: { properties: Pick<FeatureProperties, 'sources'> }) {
  const sources = sourcesNewestFirst(properties);
  if (sources.length === 0) return <p>No linkable sources.</p>;
  return (
    <ol className="feature-card__sources">
      {sources.map(({ index, source: s }) => (
        <li key={`${index}-${s.url}`}>
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.title}
            <span className="feature-card__visually-hidden"> (opens in a new tab)</span>
          </a>
          {`, ${s.publisher}`}
          {s.published && `, ${formatPartialDate(s.published)}`}
          {s.lang && s.lang !== 'en' && `, in ${LANGUAGE_NAME[s.lang] ?? s.lang}`}
          {s.secondary && (
            <>
              {' '}
              <span className="feature-card__secondary">secondary</span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
