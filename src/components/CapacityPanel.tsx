// Capacity over the years: per border section, for one measure at a time; design and actual figures apart, gaps
// left as gaps. The chart loads lazily; the figures are also given as a table for screen readers.
import { Suspense, lazy, useId, useMemo, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import type { CapacitySeries } from '../domain/capacity-series';
import type { Mode } from '../domain/capacity-series';
import {
  MEASURE_LABEL,
  MODE_LABEL,
  MODES,
  availableMeasures,
  capacitySeries,
} from '../domain/capacity-series';
import { SECTION_LABEL } from '../domain/vocabulary';
import './tools.css';

const CapacityChart = lazy(() => import('./CapacityChart'));

export interface CapacityPanelProps {
  features: MapFeature[];
  years: [number, number];
}

const BASIS_LABEL = { design: 'design', actual: 'actual', unspecified: 'basis not stated' } as const;

export function seriesLabel(s: CapacitySeries): string {
  return `${SECTION_LABEL[s.section]}, ${MODE_LABEL[s.mode]} (${BASIS_LABEL[s.basis]})`;
}

const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function CapacityPanel({ features, years: [from, to] }: CapacityPanelProps) {
  const measureId = useId();
  const modeId = useId();
  const [mode, setMode] = useState<Mode | 'all'>('all');
  const years = useMemo(() => Array.from({ length: to - from + 1 }, (_, i) => from + i), [from, to]);
  const data = useMemo(() => capacitySeries(features, years), [features, years]);
  const measures = availableMeasures(data);
  const [chosen, setChosen] = useState(0);
  const measure = measures[Math.min(chosen, measures.length - 1)];
  const series = measure
    ? data.series.filter(
        (s) =>
          s.measure === measure.measure && s.unit === measure.unit && (mode === 'all' || s.mode === mode),
      )
    : [];

  if (!measure) return <p>No capacity figures among the features that pass the filters.</p>;
  return (
    <div className="capacity">
      <div className="tools__row">
        <label htmlFor={measureId}>Measure</label>
        <select id={measureId} value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
          {measures.map((m, i) => (
            <option
              key={`${m.measure}-${m.unit}`}
              value={i}
            >{`${MEASURE_LABEL[m.measure]} (${m.unit})`}</option>
          ))}
        </select>
        <label htmlFor={modeId}>Mode</label>
        <select id={modeId} value={mode} onChange={(e) => setMode(e.target.value as Mode | 'all')}>
          <option value="all">rail, road and river</option>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {MODE_LABEL[m]}
            </option>
          ))}
        </select>
      </div>
      <p className="capacity__note">
        {`Sum of the ${measure.unit} figures of the border crossings in service each year, by section. Design figures count from opening; actual figures only in their year. A break in a line is a year with no figure: nothing is estimated.`}
      </p>
      <Suspense fallback={<p role="status">Loading the chart…</p>}>
        <CapacityChart years={years} series={series} unit={measure.unit} labelOf={seriesLabel} />
      </Suspense>
      <details className="capacity__figures">
        <summary>Figures by year</summary>
        <div className="table-panel__scroll">
          <table className="capacity__table">
            <caption>{`${MEASURE_LABEL[measure.measure]} capacity (${measure.unit}) by year and section; "no figure" is a gap in the data, and "+ N without a figure" counts crossings in service that have none`}</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                {series.map((s) => (
                  <th scope="col" key={s.key}>
                    {seriesLabel(s)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {years.map((y, i) => (
                <tr key={y}>
                  <th scope="row">{y}</th>
                  {series.map((s) => {
                    const v = s.values[i];
                    const missing = s.missing[i] ?? 0;
                    return (
                      <td key={s.key} data-value={v ?? ''}>
                        {v === null || v === undefined ? 'no figure' : NUMBER.format(v)}
                        {missing > 0 && ` (+ ${missing} without a figure)`}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
