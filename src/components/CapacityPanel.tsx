// Capacity over the years: per border section, for one measure at a time; design and actual figures apart, gaps
// left as gaps. The chart loads lazily; the figures are also given as a table for screen readers.
import { Suspense, lazy, useCallback, useId, useMemo, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import type { CapacitySeries } from '../domain/capacity-series';
import type { Mode } from '../domain/capacity-series';
import { MODES, availableMeasures, capacitySeries } from '../domain/capacity-series';
import { sectionLabel } from '../domain/labels';
import { unitLabel } from '../domain/tool-format';
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { useT } from '../i18n/I18nProvider';
import './tools.css';

const CapacityChart = lazy(() => import('./CapacityChart'));

export interface CapacityPanelProps {
  features: MapFeature[];
  years: [number, number];
}

/** "The Amur, rail (design)": a series by its section, mode and basis. */
function seriesLabel(s: CapacitySeries, tr: Translator): string {
  return tr.t('capacity.series', {
    section: sectionLabel(s.section, tr),
    mode: tr.t(`capacity.mode.${s.mode}` as MessageKey),
    basis: tr.t(`capacity.basis.${s.basis}` as MessageKey),
  });
}

export function CapacityPanel({ features, years: [from, to] }: CapacityPanelProps) {
  const tr = useT();
  const measureId = useId();
  const modeId = useId();
  const [mode, setMode] = useState<Mode | 'all'>('all');
  const years = useMemo(() => Array.from({ length: to - from + 1 }, (_, i) => from + i), [from, to]);
  const data = useMemo(() => capacitySeries(features, years), [features, years]);
  const measures = availableMeasures(data);
  const [chosen, setChosen] = useState(0);
  const labelOf = useCallback((s: CapacitySeries) => seriesLabel(s, tr), [tr]);
  const measure = measures[Math.min(chosen, measures.length - 1)];
  const series = measure
    ? data.series.filter(
        (s) =>
          s.measure === measure.measure && s.unit === measure.unit && (mode === 'all' || s.mode === mode),
      )
    : [];

  if (!measure) return <p>{tr.t('capacity.none')}</p>;
  const measureName = tr.t(`capacity.measure.${measure.measure}` as MessageKey);
  const unit = unitLabel(measure.unit, tr);
  return (
    <div className="capacity">
      <div className="tools__row">
        <label htmlFor={measureId}>{tr.t('capacity.measure')}</label>
        <select id={measureId} value={chosen} onChange={(e) => setChosen(Number(e.target.value))}>
          {measures.map((m, i) => (
            <option key={`${m.measure}-${m.unit}`} value={i}>
              {tr.t('capacity.option', {
                measure: tr.t(`capacity.measure.${m.measure}` as MessageKey),
                unit: unitLabel(m.unit, tr),
              })}
            </option>
          ))}
        </select>
        <label htmlFor={modeId}>{tr.t('capacity.mode')}</label>
        <select id={modeId} value={mode} onChange={(e) => setMode(e.target.value as Mode | 'all')}>
          <option value="all">{tr.t('capacity.allModes')}</option>
          {MODES.map((m) => (
            <option key={m} value={m}>
              {tr.t(`capacity.mode.${m}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      <p className="capacity__note">{tr.t('capacity.note', { unit })}</p>
      <Suspense fallback={<p role="status">{tr.t('capacity.loading')}</p>}>
        <CapacityChart
          years={years}
          series={series}
          unit={unit}
          labelOf={labelOf}
          yearLabel={tr.t('capacity.year')}
          description={tr.t('capacity.chartLabel', { unit, count: series.length })}
        />
      </Suspense>
      <details className="capacity__figures">
        <summary>{tr.t('capacity.figures')}</summary>
        <div className="table-panel__scroll">
          <table className="capacity__table">
            <caption>{tr.t('capacity.caption', { measure: measureName, unit })}</caption>
            <thead>
              <tr>
                <th scope="col">{tr.t('capacity.year')}</th>
                {series.map((s) => (
                  <th scope="col" key={s.key}>
                    {labelOf(s)}
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
                        {v === null || v === undefined
                          ? tr.t('capacity.noFigure')
                          : tr.number(v, { maximumFractionDigits: 2 })}
                        {missing > 0 && ` ${tr.t('capacity.withoutFigure', { count: missing })}`}
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
