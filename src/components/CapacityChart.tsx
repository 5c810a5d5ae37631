// The capacity chart itself (uPlot, loaded only when the chart is opened). Lines per section; design solid,
// basis-not-stated dashed, actual as dots; null values stay gaps (spanGaps off).
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { CapacitySeries } from '../domain/capacity-series';
import { SECTIONS } from '../domain/vocabulary';

export interface CapacityChartProps {
  years: number[];
  series: CapacitySeries[];
  unit: string;
  labelOf(s: CapacitySeries): string;
  /** The x axis' name ("Year") and the chart's accessible description, in the reader's language. */
  yearLabel: string;
  description: string;
}

/** A figure holds from its year until the next change: steps, not slopes between years. */
const stepped = uPlot.paths.stepped?.({ align: 1 });

/** One colour per border section (Okabe–Ito). */
const SECTION_COLOR = ['#e69f00', '#56b4e9', '#009e73', '#0072b2', '#d55e00', '#cc79a7', '#000000'];

export default function CapacityChart({
  years,
  series,
  unit,
  labelOf,
  yearLabel,
  description,
}: CapacityChartProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const width = Math.max(280, el.clientWidth || 600);
    const opts: uPlot.Options = {
      width,
      height: 260,
      scales: { x: { time: false } },
      axes: [{ values: (_u, ticks) => ticks.map((t) => String(t)) }, { label: unit, size: 60 }],
      series: [
        { label: yearLabel },
        ...series.map((s): uPlot.Series => {
          const stroke = SECTION_COLOR[SECTIONS.indexOf(s.section)] ?? '#333';
          return {
            label: labelOf(s),
            stroke,
            width: 2,
            spanGaps: false,
            ...(s.basis === 'actual'
              ? { paths: () => null, points: { show: true, size: 8, fill: stroke } }
              : s.basis === 'unspecified'
                ? { paths: stepped, dash: [6, 4], points: { show: true, size: 5, fill: stroke } }
                : { paths: stepped, points: { show: false } }),
          };
        }),
      ],
    };
    const data: uPlot.AlignedData = [years, ...series.map((s) => s.values)];
    const plot = new uPlot(opts, data, el);
    el.dataset.values = JSON.stringify(series.map((s) => ({ label: labelOf(s), values: s.values })));
    return () => plot.destroy();
  }, [years, series, unit, labelOf, yearLabel]);

  return <div ref={host} className="capacity__chart" role="img" aria-label={description} />;
}
