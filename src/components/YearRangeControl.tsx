// "Compare two years": a from–to window; the map and the list then show only the features that differ.
import { useId } from 'react';
import type { MapFeature } from '../domain/schema';
import type { RangeChanges, YearRange } from '../domain/feed';
import { displayName } from '../domain/feature-view';
import { useT } from '../i18n/I18nProvider';
import './tools.css';

export interface YearRangeControlProps {
  range: YearRange | null;
  /** Years the selects offer. */
  bounds: [number, number];
  changes: RangeChanges | null;
  onChange(range: YearRange | null): void;
}

export function YearRangeControl({ range, bounds: [min, max], changes, onChange }: YearRangeControlProps) {
  const tr = useT();
  const nameOf = (f: MapFeature) => displayName(f.properties, tr.lang);
  const fromId = useId();
  const toId = useId();
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const from = range?.from ?? Math.max(min, Math.min(max - 1, new Date().getFullYear()));
  const to = range?.to ?? max;
  const set = (a: number, b: number) => onChange(a < b ? { from: a, to: b } : null);
  return (
    <details className="year-range" open={range !== null}>
      <summary>{tr.t('range.title')}</summary>
      <div className="tools__row">
        <label htmlFor={fromId}>{tr.t('range.from')}</label>
        <select id={fromId} value={from} onChange={(e) => set(Number(e.target.value), to)}>
          {years.slice(0, -1).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{tr.t('range.to')}</label>
        <select id={toId} value={to} onChange={(e) => set(from, Number(e.target.value))}>
          {years.slice(1).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className="tools__row">
        {range ? (
          <button type="button" className="tools__button" onClick={() => onChange(null)}>
            {tr.t('range.stop')}
          </button>
        ) : (
          <button type="button" className="tools__button" onClick={() => set(from, to)}>
            {tr.t('range.compare')}
          </button>
        )}
      </div>
      {range && changes && (
        <div className="year-range__result" aria-live="polite">
          <p>
            {tr.t('range.summary', {
              from: range.from,
              to: range.to,
              appear: tr.number(changes.appear.length),
              disappear: tr.number(changes.disappear.length),
            })}
          </p>
          {changes.appear.length > 0 && (
            <>
              <h4 className="year-control__changes-title">{tr.t('range.appear')}</h4>
              <ul className="year-control__changes-list">
                {changes.appear.map((f) => (
                  <li key={f.id}>
                    {f.properties.opened ? nameOf(f) : tr.t('changes.due', { name: nameOf(f) })}
                  </li>
                ))}
              </ul>
            </>
          )}
          {changes.disappear.length > 0 && (
            <>
              <h4 className="year-control__changes-title">{tr.t('range.disappear')}</h4>
              <ul className="year-control__changes-list">
                {changes.disappear.map((f) => (
                  <li key={f.id}>{nameOf(f)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </details>
  );
}
