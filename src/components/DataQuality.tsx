// The "Data quality" view for editors and sceptical readers: counts by precision and by freshness of the newest
// source, the overdue and stale features, and the features checked longest ago. Each entry opens its card.
import { useId, useMemo, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import { formatPartialDate } from '../domain/partial-date';
import { FRESHNESS, newestSourceDate, qualityStats } from '../domain/quality';
import { PRECISIONS } from '../domain/vocabulary';
import { displayLang, displayName } from '../domain/feature-view';
import { precisionLabel } from '../domain/labels';
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { useT } from '../i18n/I18nProvider';
import './components.css';
import './tools.css';
import './quality.css';

export interface DataQualityProps {
  /** Every loaded feature (not only the filtered ones: the view describes the dataset). */
  features: readonly MapFeature[];
  today: string;
  onSelect(id: string): void;
}

function newest(f: MapFeature, tr: Translator): string {
  const d = newestSourceDate(f.properties);
  return d ? formatPartialDate(d, tr) : tr.t('quality.noDatedSource');
}

export function DataQuality({ features, today, onSelect }: DataQualityProps) {
  const tr = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  // Computed only while open: the view is for editors, and the counts sort the whole dataset.
  const stats = useMemo(() => (open ? qualityStats(features, today) : null), [open, features, today]);
  const date = (value: string) => formatPartialDate(value, tr);
  const count = (label: string, n: number) => tr.t('quality.countLine', { label, count: n });

  const entry = (f: MapFeature, detail: string) => {
    const nameLang = displayLang(f.properties, tr.lang);
    return (
      <li key={f.id}>
        <button
          type="button"
          className="data-quality__entry"
          lang={nameLang === tr.lang ? undefined : nameLang}
          onClick={() => onSelect(f.id)}
        >
          {displayName(f.properties, tr.lang)}
        </button>
        <span className="data-quality__detail">
          <span className="feature-card__visually-hidden">: </span>
          {detail}
        </span>
      </li>
    );
  };

  return (
    <div className="data-quality">
      <button
        type="button"
        className="tools__button data-quality__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {tr.t('quality.toggle')}
      </button>
      {stats && (
        <section id={panelId} className="data-quality__panel" aria-labelledby={titleId}>
          <h3 id={titleId}>{tr.t('quality.heading', { count: stats.total, date: date(today) })}</h3>
          <h4>{tr.t('quality.precision')}</h4>
          <ul className="data-quality__counts">
            {PRECISIONS.map((p) => (
              <li key={p}>{count(precisionLabel(p, tr), stats.byPrecision[p])}</li>
            ))}
          </ul>
          <h4>{tr.t('quality.freshness')}</h4>
          <ul className="data-quality__counts">
            {FRESHNESS.map((f) => (
              <li key={f}>{count(tr.t(`freshness.${f}` as MessageKey), stats.byFreshness[f])}</li>
            ))}
          </ul>
          <h4>{tr.t('quality.overdue', { count: stats.overdue.length })}</h4>
          {stats.overdue.length > 0 ? (
            <ul className="data-quality__list">
              {stats.overdue.map((f) =>
                entry(f, tr.t('quality.targetPassed', { date: date(String(f.properties.target)) })),
              )}
            </ul>
          ) : (
            <p>{tr.t('quality.noOverdue')}</p>
          )}
          <h4>{tr.t('quality.stale', { count: stats.stale.length })}</h4>
          {stats.stale.length > 0 ? (
            <ul className="data-quality__list">
              {stats.stale.map((f) => entry(f, tr.t('quality.newestSource', { date: newest(f, tr) })))}
            </ul>
          ) : (
            <p>{tr.t('quality.none')}</p>
          )}
          <h4>{tr.t('quality.longest')}</h4>
          <ul className="data-quality__list">
            {stats.longestUnchecked.map((f) =>
              entry(
                f,
                tr.t('quality.checked', {
                  checked: date(f.properties.verification.checked),
                  newest: newest(f, tr),
                }),
              ),
            )}
          </ul>
        </section>
      )}
    </div>
  );
}
