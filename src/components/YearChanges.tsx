// "What changes in Y": the openings (or due openings), construction starts, target changes and closures of a year.
import type { MapFeature } from '../domain/schema';
import type { YearChanges } from '../domain/year-changes';
import { displayName } from '../domain/feature-view';
import { formatPartialDate } from '../domain/partial-date';
import { useT } from '../i18n/I18nProvider';

export function YearChangesPanel({ year, changes }: { year: number; changes: YearChanges }) {
  const tr = useT();
  const { opens, constructionStarts, slips, closes } = changes;
  const nothing = opens.length + constructionStarts.length + slips.length + closes.length === 0;
  const nameOf = (f: MapFeature) => displayName(f.properties, tr.lang);
  return (
    <details className="year-control__changes">
      <summary>{tr.t('changes.title', { year })}</summary>
      {nothing && <p>{tr.t('changes.nothing')}</p>}
      <ChangeList
        title={tr.t('changes.opens')}
        items={opens.map((f) =>
          f.properties.opened || f.properties.inOperationBy
            ? nameOf(f)
            : tr.t('changes.due', { name: nameOf(f) }),
        )}
      />
      <ChangeList title={tr.t('changes.constructionStarts')} items={constructionStarts.map(nameOf)} />
      <ChangeList
        title={tr.t('changes.slips')}
        items={slips.map((s) =>
          tr.t('changes.slip', {
            name: nameOf(s.feature),
            from: formatPartialDate(s.fromDate, tr),
            to: formatPartialDate(s.toDate, tr),
          }),
        )}
      />
      <ChangeList title={tr.t('changes.closes')} items={closes.map(nameOf)} />
    </details>
  );
}

function ChangeList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4 className="year-control__changes-title">{title}</h4>
      <ul className="year-control__changes-list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    </>
  );
}
