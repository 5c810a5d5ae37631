// What the panels show for the current filters, worked out in one pass over the features: the features shown,
// the legend counts, the ids the search matches, and the card's view of the selected feature.
import type { Facet, FacetValue, FilterState } from './filters';
import {
  FACETS,
  FACET_VALUES,
  NEVER,
  facetValuesOf,
  fromYear,
  inYear,
  passesFacet,
  passesNonYearFilters,
} from './filters';
import type { FeatureProperties, MapFeature } from './schema';
import { searchRank } from './search';
import type { Kind, Status } from './vocabulary';

export type FacetCounts = { [F in Facet]: Record<FacetValue[F], number> };

export interface DerivedView {
  /** The features the map draws at full strength (visibility 'shown'), in data order. */
  shown: MapFeature[];
  /** The same features in list order: best search match first (data order when there is no search). */
  ranked: MapFeature[];
  /**
   * Per facet and value, what would be shown with that value switched on: each facet's counts follow every other
   * filter and ignore the facet's own.
   */
  counts: FacetCounts;
  kindCounts: Record<Kind, number>;
  statusCounts: Record<Status, number>;
  /** Ids whose text matches the search, for the map's filter; null when there is no search. */
  matchingIds: string[] | null;
}

const zeros = <T extends string>(keys: readonly T[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

/**
 * The same rule as visibility() in filters.ts, split so that each feature is tested once: it is shown when it
 * passes every facet (mode, gauge, kind, status) and everything else (border, search, year). A facet's counts
 * need everything but that facet.
 */
export function deriveView(features: readonly MapFeature[], filters: FilterState): DerivedView {
  const shown: { f: MapFeature; rank: number }[] = [];
  const counts = Object.fromEntries(
    FACETS.map((facet) => [facet, zeros(FACET_VALUES[facet])]),
  ) as FacetCounts;
  const searching = filters.query.trim() !== '';
  const matchingIds: string[] | null = searching ? [] : null;
  // Border only: the search was just tested, and the facets are tested apart.
  const rest: FilterState = { ...filters, statuses: null, kinds: null, modes: null, gauges: null, query: '' };
  for (const f of features) {
    const p = f.properties;
    const rank = searching ? searchRank(p, filters.query) : 0;
    if (rank !== null) matchingIds?.push(f.id);
    if (rank === null || !passesNonYearFilters(p, rest)) continue;
    if (filters.year !== null && !inYear(p, filters.year)) continue;
    const failing = FACETS.filter((facet) => !passesFacet(p, filters, facet));
    if (failing.length === 0) shown.push({ f, rank });
    if (failing.length > 1) continue;
    for (const facet of FACETS) {
      if (failing.length === 1 && failing[0] !== facet) continue;
      const tally = counts[facet] as Record<string, number>;
      for (const v of facetValuesOf(p, facet)) tally[v] = (tally[v] ?? 0) + 1;
    }
  }
  const ranked = searching ? [...shown].sort((a, b) => a.rank - b.rank) : shown;
  return {
    shown: shown.map((s) => s.f),
    ranked: ranked.map((s) => s.f),
    counts,
    kindCounts: counts.kinds,
    statusCounts: counts.statuses,
    matchingIds,
  };
}

export interface CardView {
  /** Set when the chosen year hides the feature: that year, and the year it opens or is due (if any). */
  hiddenBy: { year: number; dueYear: number | null } | null;
  /** The status, kind, mode, gauge, border or search filters hide it. */
  hiddenByOthers: boolean;
}

/** Why the selected feature, whose card is open, may not be on the map. */
export function cardView(p: FeatureProperties, filters: FilterState): CardView {
  const { year } = filters;
  const due = fromYear(p);
  return {
    hiddenBy: year !== null && !inYear(p, year) ? { year, dueYear: due === NEVER ? null : due } : null,
    hiddenByOthers: !passesNonYearFilters(p, filters),
  };
}
