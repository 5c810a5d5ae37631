// The 2025 Kremlin instructions and the rare-earth reserve figures, each with its sources. Their wording is data,
// written in English: marked so where the page is in another language.
import type { Programme } from '../domain/schema';
import { formatPartialDate } from '../domain/partial-date';
import { useT } from '../i18n/I18nProvider';
import { SourceLinks } from './SourceLinks';
import { Prose } from './Prose';

export function ProgrammePanel({ programme }: { programme: Programme | null }) {
  const tr = useT();
  if (!programme) return null;
  const en = tr.lang === 'en' ? undefined : 'en';
  return (
    <details className="programme">
      <summary>
        <h2 className="panel-heading">{tr.t('programme.title')}</h2>
      </summary>
      <ul className="programme__list">
        {programme.instructions.map((item) => (
          <li key={item.id}>
            <strong lang={en}>{item.title}</strong>
            {item.deadline && (
              <span className="programme__deadline">
                {` ${tr.t('programme.due', { date: formatPartialDate(item.deadline, tr) })}`}
              </span>
            )}
            <p lang={en}>{item.text}</p>
            {item.responsible && (
              <p className="programme__meta">
                {`${tr.t('programme.responsible')} `}
                <Prose>{item.responsible}</Prose>
              </p>
            )}
            {item.outcome && (
              <p className="programme__meta">
                {`${tr.t('programme.since')} `}
                <Prose>{item.outcome}</Prose>
              </p>
            )}
            <SourceLinks sources={item.sources} className="programme__sources" />
          </li>
        ))}
      </ul>
      {programme.reserves.length > 0 && (
        <>
          <h3 className="panel-subheading">{tr.t('programme.reserves')}</h3>
          <ul className="programme__list">
            {programme.reserves.map((r, i) => (
              <li key={i}>
                <strong>
                  {tr.number(r.value, { maximumFractionDigits: 10, useGrouping: false })}{' '}
                  <Prose>{r.unit}</Prose>
                </strong>{' '}
                <Prose>{`${r.what} (${r.attribution}`}</Prose>
                {r.date ? `, ${formatPartialDate(r.date, tr)}` : ''})
                <SourceLinks sources={r.sources} className="programme__sources" />
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
