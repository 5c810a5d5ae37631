// The card's sources, newest first; secondary sources (aggregators, wikis, blogs, digests) are marked as such.
import type { FeatureProperties } from '../domain/schema';
import { formatPartialDate } from '../domain/partial-date';
import { sourcesNewestFirst } from '../domain/timeline-view';
import { isOneOf } from '../domain/vocabulary';
import { useT } from '../i18n/I18nProvider';
import { proseLang } from '../i18n/lang';
import { Prose } from './Prose';
import './components.css';
import './quality.css';

const SOURCE_LANGS = ['ru', 'zh', 'ko', 'ja'] as const;

export function SourceList({ properties }: { properties: Pick<FeatureProperties, 'sources'> }) {
  const tr = useT();
  const sources = sourcesNewestFirst(properties, tr);
  if (sources.length === 0) return <p>{tr.t('card.noSources')}</p>;
  return (
    <ol className="feature-card__sources">
      {sources.map(({ index, source: s }) => (
        <li key={`${index}-${s.url}`}>
          {/* A title in the source's own language is marked so; an unmarked one is in English. */}
          <a href={s.url} target="_blank" rel="noopener noreferrer" lang={s.lang ?? proseLang(tr.lang)}>
            {s.title}
            <span className="feature-card__visually-hidden" lang={tr.lang}>
              {` ${tr.t('card.newTab')}`}
            </span>
          </a>
          {', '}
          <Prose>{s.publisher}</Prose>
          {s.published && `, ${formatPartialDate(s.published, tr)}`}
          {s.lang &&
            s.lang !== 'en' &&
            `, ${isOneOf(SOURCE_LANGS, s.lang) ? tr.t(`card.sourceLang.${s.lang}`) : tr.t('card.sourceLangOther', { lang: s.lang })}`}
          {s.secondary && (
            <>
              {' '}
              <span className="feature-card__secondary">{tr.t('card.secondary')}</span>
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
