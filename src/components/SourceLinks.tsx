// "Sources: A, B": a line of source links (the feed's entries, the programme's items). Publishers are data,
// written in English: marked so where the page is in another language.
import type { Source } from '../domain/schema';
import { safeLinks } from '../domain/data-rules';
import { useT } from '../i18n/I18nProvider';
import { Prose } from './Prose';

export function SourceLinks({ sources, className }: { sources: readonly Source[]; className: string }) {
  const tr = useT();
  const safe = safeLinks(sources);
  if (safe.length === 0) return null;
  return (
    <p className={className}>
      {`${tr.t('sources.label')} `}
      {safe.map((s, i) => (
        <span key={`${i}-${s.url}`}>
          {i > 0 && ', '}
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            <Prose>{s.publisher}</Prose>
            <span className="feature-card__visually-hidden">{` ${tr.t('sources.newTab')}`}</span>
          </a>
        </span>
      ))}
    </p>
  );
}
