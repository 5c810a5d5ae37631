// Cross-border capacity by year, per border section and measure, from the structured capacity figures.
// Design and actual figures are separate series; a year without a figure is a gap (null), never an estimate.
import type { MapFeature } from './schema';
import { fromYear, untilYear } from './filters';
import type { Kind, Section } from './vocabulary';
import { CROSSING_KINDS, SECTIONS } from './vocabulary';

export const MEASURES = ['freight', 'containers', 'trucks', 'vehicles', 'passengers', 'trains'] as const;
export type Measure = (typeof MEASURES)[number];
export type Basis = 'design' | 'actual' | 'unspecified';

/** How a crossing carries traffic: rail, or road (bridges, checkpoints, ferries, pontoons, ice roads, cable car). */
export type Mode = 'rail' | 'road';
export const MODES: readonly Mode[] = ['rail', 'road'];

export function modeOf(kind: Kind): Mode | null {
  if (kind === 'rail-crossing' || kind === 'railway-bridge') return 'rail';
  if (CROSSING_KINDS.has(kind)) return 'road';
  return null;
}

/** A capacity figure as the data holds it; `measure` and `basis` come with the structured schema. */
interface CapacityFigure {
  value: number;
  unit: string;
  year?: number;
  measure?: string;
  basis?: string;
}

/** Units one measure can be summed in, and the exact factor to the first (t/yr → Mt/yr is a unit change only). */
const UNIT_OF: Record<string, { measure: Measure; unit: string; factor: number }> = {
  'Mt/yr': { measure: 'freight', unit: 'Mt/yr', factor: 1 },
  't/yr': { measure: 'freight', unit: 'Mt/yr', factor: 1e-6 },
  'TEU/yr': { measure: 'containers', unit: 'TEU/yr', factor: 1 },
  'trucks/day': { measure: 'trucks', unit: 'trucks/day', factor: 1 },
  'vehicles/day': { measure: 'vehicles', unit: 'vehicles/day', factor: 1 },
  'vehicles/yr': { measure: 'vehicles', unit: 'vehicles/yr', factor: 1 },
  'passengers/day': { measure: 'passengers', unit: 'passengers/day', factor: 1 },
  'passengers/yr': { measure: 'passengers', unit: 'passengers/yr', factor: 1 },
  'trains/day': { measure: 'trains', unit: 'trains/day', factor: 1 },
  // The first release wrote passengers as persons.
  'persons/day': { measure: 'passengers', unit: 'passengers/day', factor: 1 },
  'persons/yr': { measure: 'passengers', unit: 'passengers/yr', factor: 1 },
};

/** The measure, unit and basis of a figure, or null when it cannot be summed with others (e.g. "t per vehicle"). */
export function classify(
  c: CapacityFigure,
): { measure: Measure; unit: string; basis: Basis; value: number } | null {
  const known = UNIT_OF[c.unit];
  if (!known) return null;
  if (c.measure !== undefined && c.measure !== known.measure) return null;
  const basis: Basis = c.basis === 'design' || c.basis === 'actual' ? c.basis : 'unspecified';
  return { measure: known.measure, unit: known.unit, basis, value: c.value * known.factor };
}

export interface CapacitySeries {
  key: string;
  section: Section;
  mode: Mode;
  measure: Measure;
  unit: string;
  basis: Basis;
  /** One value per year of `years`; null = no figure for that year (a gap). */
  values: (number | null)[];
  /** Per year, the crossings in service in the section that have no figure of this measure: what the sum lacks. */
  missing: number[];
}

export interface CapacityChartData {
  years: number[];
  series: CapacitySeries[];
}

/**
 * Design figures (and those of unstated basis and year) count from the year the crossing is in service (or the
 * figure's year, if later) until it closes: capacity that could be in service that year. Actual figures, and those
 * of unstated basis that name a year, count only in the year they refer to. Only border crossings count
 * (hubs and ports are behind the border, and would count the same freight twice).
 */
export function capacitySeries(features: readonly MapFeature[], years: number[]): CapacityChartData {
  const crossings = features.filter((f) => CROSSING_KINDS.has(f.properties.kind));
  const byKey = new Map<string, CapacitySeries>();
  const ensure = (section: Section, mode: Mode, measure: Measure, unit: string, basis: Basis) => {
    const key = `${section}|${mode}|${measure}|${unit}|${basis}`;
    let s = byKey.get(key);
    if (!s) {
      s = {
        key,
        section,
        mode,
        measure,
        unit,
        basis,
        values: years.map(() => null),
        missing: years.map(() => 0),
      };
      byKey.set(key, s);
    }
    return s;
  };
  for (const f of crossings) {
    const p = f.properties;
    const mode = modeOf(p.kind);
    if (!mode) continue;
    const from = fromYear(p);
    const until = untilYear(p);
    // One figure per crossing and series: the one for the latest year (the first listed on a tie).
    const chosen = new Map<string, { value: number; year?: number; s: CapacitySeries }>();
    for (const c of p.facts?.capacity ?? []) {
      const k = classify(c);
      if (!k) continue;
      const s = ensure(p.section, mode, k.measure, k.unit, k.basis);
      // An actual figure, or one of unstated basis that names its year, says something about that year only.
      if (k.basis === 'actual' || (k.basis === 'unspecified' && c.year !== undefined)) {
        if (c.year === undefined) continue;
        const i = years.indexOf(c.year);
        if (i >= 0) s.values[i] = (s.values[i] ?? 0) + k.value;
        continue;
      }
      const prev = chosen.get(s.key);
      if (!prev || (c.year ?? -Infinity) > (prev.year ?? -Infinity))
        chosen.set(s.key, { value: k.value, year: c.year, s });
    }
    // A design figure counts from the year the crossing is in service, or the year the figure is for if later.
    for (const { value, year, s } of chosen.values())
      years.forEach((y, i) => {
        if (y >= Math.max(from, year ?? from) && y < until) s.values[i] = (s.values[i] ?? 0) + value;
      });
  }
  // Gaps: crossings of the section and mode in service in the year with no figure of the series' measure and unit.
  for (const s of byKey.values()) {
    const inSection = crossings.filter(
      (f) => f.properties.section === s.section && modeOf(f.properties.kind) === s.mode,
    );
    years.forEach((y, i) => {
      s.missing[i] = inSection.filter((f) => {
        const p = f.properties;
        if (!(fromYear(p) <= y && untilYear(p) > y)) return false;
        return !(p.facts?.capacity ?? []).some((c) => {
          const k = classify(c);
          return k !== null && k.measure === s.measure && k.unit === s.unit;
        });
      }).length;
    });
  }
  const order = (s: CapacitySeries) =>
    MEASURES.indexOf(s.measure) * 1000 +
    SECTIONS.indexOf(s.section) * 10 +
    ['design', 'unspecified', 'actual'].indexOf(s.basis);
  return { years, series: [...byKey.values()].sort((a, b) => order(a) - order(b)) };
}

/** The measures (with their unit) that have at least one series, in MEASURES order. */
export function availableMeasures(data: CapacityChartData): { measure: Measure; unit: string }[] {
  const seen = new Map<string, { measure: Measure; unit: string }>();
  for (const s of data.series) seen.set(`${s.measure}|${s.unit}`, { measure: s.measure, unit: s.unit });
  return [...seen.values()];
}
