// The "Data quality" view for editors and sceptical readers: counts by precision and by freshness of the newest
// source, the overdue and stale features, and the features checked longest ago. Each entry opens its card.
import { useId, useMemo, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import { formatPartialDate } from '../domain/partial-date';
import { FRESHNESS, FRESHNESS_LABEL, newestSourceDate, qualityStats } from '../domain/quality';
import { PRECISIONS, PRECISION_LABEL } from '../domain/vocabulary';
import './components.css';
import './quality.css';

export interface DataQualityProps {
  /** Every loaded feature (not only the filtered ones: the view describes the dataset). */
  features: readonly MapFeature[];
  today: string;
  onSelect(id: string): void;
}

function newest(f: MapFeature): string {
  const d = newestSourceDate(f.properties);
  return d ? formatPartialDate(d) : 'no dated source';
}

export function DataQuality({ features, today, onSelect }: DataQualityProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  // Computed only while open: the view is for editors, and the counts sort the whole dataset.
  const stats = useMemo(() => (open ? qualityStats(features, today) : null), [open, features, today]);

  const entry = (f: MapFeature, detail: string) => (
    <li key={f.id}>
      <button type="button" className="data-quality__entry" onClick={() => onSelect(f.id)}>
        {f.properties.name.en}
      </button>
      <span className="data-quality__detail">
        <span className="feature-card__visually-hidden">: </span>
        {detail}
      </span>
    </li>
  );

  return (
    <div className="data-quality">
      <button
        type="button"
        className="data-quality__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        Data quality
      </button>
      {stats && (
        <section id={panelId} className="data-quality__panel" aria-labelledby={titleId}>
          <h3 id={titleId}>{`Data quality of ${stats.total} features, as of ${formatPartialDate(today)}`}</h3>
          <h4>Position precision</h4>
          <ul className="data-quality__counts">
            {PRECISIONS.map((p) => (
              <li key={p}>{`${PRECISION_LABEL[p]}: ${stats.byPrecision[p]}`}</li>
            ))}
          </ul>
          <h4>Newest source</h4>
          <ul className="data-quality__counts">
            {FRESHNESS.map((f) => (
              <li key={f}>{`${FRESHNESS_LABEL[f]}: ${stats.byFreshness[f]}`}</li>
            ))}
          </ul>
          <h4>{`Overdue (${stats.overdue.length})`}</h4>
          {stats.overdue.length > 0 ? (
            <ul className="data-quality__list">
              {stats.overdue.map((f) =>
                entry(f, `target ${formatPartialDate(String(f.properties.target))} has passed`),
              )}
            </ul>
          ) : (
            <p>No passed targets.</p>
          )}
          <h4>{`Not operational, newest source over 12 months old (${stats.stale.length})`}</h4>
          {stats.stale.length > 0 ? (
            <ul className="data-quality__list">
              {stats.stale.map((f) => entry(f, `newest source ${newest(f)}`))}
            </ul>
          ) : (
            <p>None.</p>
          )}
          <h4>Checked longest ago</h4>
          <ul className="data-quality__list">
            {stats.longestUnchecked.map((f) =>
              entry(
                f,
                `checked ${formatPartialDate(f.properties.verification.checked)}, newest source ${newest(f)}`,
              ),
            )}
          </ul>
        </section>
      )}
    </div>
  );
}
