// The one filtering rule: which features the map, the list and the legend counts show for the current filters.
import type { FeatureProperties } from './schema';
import { NO_TARGET } from './data-rules';
import { yearOf } from './partial-date';
import type { Border, Kind, Status } from './vocabulary';
import { KINDS, STATUSES } from './vocabulary';
import type { Gauge, Mode } from './modes';
import { GAUGES, MODES, gaugeOf, modesOf } from './modes';
import { matchesQuery } from './search';

export { matchesQuery, normaliseText } from './search';

/** Sentinel year meaning "never" (no opening/target, or never closed). Kept numeric so map expressions can compare it. */
export const NEVER = 9999;

export interface FilterState {
  /** Network by the end of this year; null = all years. */
  year: number | null;
  /** Null means no restriction. */
  statuses: Status[] | null;
  kinds: Kind[] | null;
  /** Transport modes across kinds (rail = rail crossings and railway bridges, …). */
  modes: Mode[] | null;
  /** Gauge classes: 1520, 1435, dual, break of gauge. */
  gauges: Gauge[] | null;
  borders: Border[] | null;
  /** Show features due after the chosen year, ghosted, instead of hiding them. */
  ghost: boolean;
  /** Free-text search over names, towns, rivers, operator and gauge (search.ts). */
  query: string;
}

export const DEFAULT_FILTERS: FilterState = {
  year: null,
  statuses: null,
  kinds: null,
  modes: null,
  gauges: null,
  borders: null,
  ghost: false,
  query: '',
};

/**
 * First year in which a feature stands or is due: its opening year, else the year it is known to be in operation
 * by (opening date unknown), else its current target year (a passed, overdue target keeps counting from its year).
 */
export function fromYear(p: Pick<FeatureProperties, 'opened' | 'inOperationBy' | 'target'>): number {
  if (p.opened) return yearOf(p.opened) ?? NEVER;
  if (p.inOperationBy) return yearOf(p.inOperationBy.date) ?? NEVER;
  if (p.target && p.target !== NO_TARGET) return yearOf(p.target) ?? NEVER;
  return NEVER;
}

/** First year by whose end the feature no longer stands (closed in that year). */
export function untilYear(p: Pick<FeatureProperties, 'closed'>): number {
  return p.closed ? (yearOf(p.closed) ?? NEVER) : NEVER;
}

/** At year Y: opened (or due) by 31 Dec Y, and not closed by then. */
export function inYear(
  p: Pick<FeatureProperties, 'opened' | 'inOperationBy' | 'target' | 'closed'>,
  year: number,
): boolean {
  return fromYear(p) <= year && untilYear(p) > year;
}

/** The list filters that the legend shows as groups of entries, each value with a count, "only" and reset. */
export interface FacetValue {
  kinds: Kind;
  statuses: Status;
  modes: Mode;
  gauges: Gauge;
}
export type Facet = keyof FacetValue;
export const FACETS: readonly Facet[] = ['modes', 'gauges', 'kinds', 'statuses'];
export const FACET_VALUES: { [F in Facet]: readonly FacetValue[F][] } = {
  kinds: KINDS,
  statuses: STATUSES,
  modes: MODES,
  gauges: GAUGES,
};

/** The values a feature has for a facet: one kind, one status, any number of modes, at most one gauge class. */
export function facetValuesOf<F extends Facet>(p: FeatureProperties, facet: F): FacetValue[F][] {
  const values: Record<Facet, readonly string[]> = {
    kinds: [p.kind],
    statuses: [p.status],
    modes: modesOf(p),
    gauges: ((g) => (g ? [g] : []))(gaugeOf(p)),
  };
  return values[facet] as FacetValue[F][];
}

export function passesFacet(p: FeatureProperties, f: FilterState, facet: Facet): boolean {
  const on = f[facet] as readonly string[] | null;
  if (!on) return true;
  return facetValuesOf(p, facet).some((v) => on.includes(v));
}

/** Everything but the year: status, kind, mode, gauge, border and search. */
export function passesNonYearFilters(p: FeatureProperties, f: FilterState): boolean {
  if (!FACETS.every((facet) => passesFacet(p, f, facet))) return false;
  if (f.borders && !(p.border && f.borders.includes(p.border))) return false;
  return matchesQuery(p, f.query);
}

/**
 * Switches one value of a list filter (null = all on): the list of what stays on, or null again when that is
 * every value, so the URL stays clean.
 */
export function toggleIn<T extends string>(
  current: readonly T[] | null,
  all: readonly T[],
  value: T,
): T[] | null {
  const on = current ?? all;
  const next = all.filter((v) => (v === value ? !on.includes(v) : on.includes(v)));
  return next.length === all.length ? null : next;
}

export type Visibility = 'shown' | 'ghost' | 'hidden';

/** The one rule. 'ghost' = passes every filter but is due after the chosen year, and ghosting is on. */
export function visibility(p: FeatureProperties, f: FilterState): Visibility {
  if (!passesNonYearFilters(p, f)) return 'hidden';
  if (f.year === null || inYear(p, f.year)) return 'shown';
  return f.ghost ? 'ghost' : 'hidden';
}

/** The range of the year slider: earliest year in the data to the latest target. */
export function yearRange(features: FeatureProperties[], fallback: [number, number]): [number, number] {
  // A loop, not Math.min(...years): spreading 100k values overflows the call stack.
  let min = Infinity;
  let max = -Infinity;
  const see = (y: number) => {
    if (y < min) min = y;
    if (y > max) max = y;
  };
  for (const p of features) {
    const y = fromYear(p);
    if (y !== NEVER) see(y);
    if (p.target && p.target !== NO_TARGET) {
      const t = yearOf(p.target);
      if (t !== null) see(t);
    }
  }
  return min === Infinity ? fallback : [min, max];
}
