// The card's timeline: each event's date, what was said or done, by whom, how a target relates to the previous
// one (slip, restated, projection), and its source links. All data is rendered as text.
import type { FeatureProperties } from '../domain/schema';
import { targetMarker, timelineEntries } from '../domain/timeline-view';
import './components.css';
import './quality.css';

export function FeatureTimeline({
  properties,
}: {
  properties: Pick<FeatureProperties, 'timeline' | 'sources'>;
}) {
  const entries = timelineEntries(properties);
  if (entries.length === 0) return null;
  return (
    <>
      <h3 className="feature-card__subtitle">Timeline</h3>
      <ol className="feature-card__timeline">
        {entries.map((e, i) => {
          const marker = targetMarker(e);
          return (
            <li
              key={i}
              className={
                e.projection ? 'feature-card__event feature-card__event--projection' : 'feature-card__event'
              }
            >
              <span className="feature-card__event-date">{e.date ?? 'date unknown'}</span>{' '}
              <span className="feature-card__event-type">
                {e.target ? `${e.typeLabel} set for ${e.target}` : e.typeLabel}
              </span>
              {marker && (
                <>
                  {' '}
                  <span
                    className={`feature-card__event-marker feature-card__event-marker--${e.projection ? 'projection' : (e.change ?? 'none')}`}
                  >
                    {marker}
                  </span>
                </>
              )}
              <span className="feature-card__event-text">
                {e.text}
                {e.by && ` (${e.by})`}
              </span>
              {e.sources.length > 0 && (
                <span className="feature-card__event-sources">
                  {e.sources.map((s, j) => (
                    <span key={s.index}>
                      {j > 0 && '; '}
                      <a href={s.source.url} target="_blank" rel="noopener noreferrer">
                        {s.short}
                        <span className="feature-card__visually-hidden"> (opens in a new tab)</span>
                      </a>
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
