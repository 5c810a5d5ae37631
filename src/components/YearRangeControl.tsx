// "Compare two years": a from–to window; the map and the list then show only the features that differ.
import { useId } from 'react';
import type { MapFeature } from '../domain/schema';
import type { RangeChanges, YearRange } from '../domain/feed';
import './tools.css';

export interface YearRangeControlProps {
  range: YearRange | null;
  /** Years the selects offer. */
  bounds: [number, number];
  changes: RangeChanges | null;
  onChange(range: YearRange | null): void;
}

const nameOf = (f: MapFeature) => f.properties.name.en;

export function YearRangeControl({ range, bounds: [min, max], changes, onChange }: YearRangeControlProps) {
  const fromId = useId();
  const toId = useId();
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const from = range?.from ?? Math.max(min, Math.min(max - 1, new Date().getFullYear()));
  const to = range?.to ?? max;
  const set = (a: number, b: number) => onChange(a < b ? { from: a, to: b } : null);
  return (
    <details className="year-range" open={range !== null}>
      <summary>Compare two years</summary>
      <div className="tools__row">
        <label htmlFor={fromId}>From end of</label>
        <select id={fromId} value={from} onChange={(e) => set(Number(e.target.value), to)}>
          {years.slice(0, -1).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>to end of</label>
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
            Stop comparing
          </button>
        ) : (
          <button type="button" className="tools__button" onClick={() => set(from, to)}>
            Compare
          </button>
        )}
      </div>
      {range && changes && (
        <div className="year-range__result" aria-live="polite">
          <p>{`Between the end of ${range.from} and the end of ${range.to}: ${changes.appear.length} open or fall due, ${changes.disappear.length} close. The map shows only these.`}</p>
          {changes.appear.length > 0 && (
            <>
              <h4 className="year-control__changes-title">Open or fall due</h4>
              <ul className="year-control__changes-list">
                {changes.appear.map((f) => (
                  <li key={f.id}>{`${nameOf(f)}${f.properties.opened ? '' : ' (due)'}`}</li>
                ))}
              </ul>
            </>
          )}
          {changes.disappear.length > 0 && (
            <>
              <h4 className="year-control__changes-title">Close</h4>
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
