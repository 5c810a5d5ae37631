// The card's timeline: each event's date, what was said or done, by whom, how a target relates to the previous
// one (slip, restated, projection), and its source links. All data is rendered as text.
import type { FeatureProperties } from '../domain/schema';
import { targetMarker, timelineEntries } from '../domain/timeline-view';
import { useT } from '../i18n/I18nProvider';
import { proseLang } from '../i18n/lang';
import './components.css';
import './quality.css';

export function FeatureTimeline({
  properties,
}: {
  properties: Pick<FeatureProperties, 'timeline' | 'sources'>;
}) {
  const tr = useT();
  const entries = timelineEntries(properties, tr);
  if (entries.length === 0) return null;
  const en = proseLang(tr.lang);
  return (
    <>
      <h3 className="feature-card__subtitle">{tr.t('card.timeline')}</h3>
      <ol className="feature-card__timeline">
        {entries.map((e, i) => {
          const marker = targetMarker(e, tr);
          return (
            <li
              key={i}
              className={
                e.projection ? 'feature-card__event feature-card__event--projection' : 'feature-card__event'
              }
            >
              <span className="feature-card__event-date">{e.date ?? tr.t('timeline.dateUnknown')}</span>{' '}
              <span className="feature-card__event-type">
                {e.target ? tr.t('timeline.setFor', { event: e.typeLabel, target: e.target }) : e.typeLabel}
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
              <span className="feature-card__event-text" lang={en}>
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
                        <span className="feature-card__visually-hidden">{` ${tr.t('card.newTab')}`}</span>
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
