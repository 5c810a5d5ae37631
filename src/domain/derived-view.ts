// What the panels show for the current filters, worked out in one pass over the features: the features shown,
// the legend counts, the ids the search matches, and the card's view of the selected feature.
import type { FilterState } from './filters';
import { NEVER, fromYear, inYear, matchesQuery, passesNonYearFilters } from './filters';
import type { FeatureProperties, MapFeature } from './schema';
import type { Kind, Status } from './vocabulary';
import { KINDS, STATUSES } from './vocabulary';

export interface DerivedView {
  /** The features the list shows and the map draws at full strength (visibility 'shown'). */
  shown: MapFeature[];
  /** Per kind, what would be shown with that kind switched on (each count ignores the kind filter). */
  kindCounts: Record<Kind, number>;
  /** Per status, likewise ignoring the status filter. */
  statusCounts: Record<Status, number>;
  /** Ids whose names match the search text, for the map's filter; null when there is no search. */
  matchingIds: string[] | null;
}

const zeros = <T extends string>(keys: readonly T[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<T, number>;

/**
 * The same rule as visibility() in filters.ts, split so that each feature is tested once: it is shown when it
 * passes its status, its kind, and everything else (border, search, year). The legend's kind counts need
 * everything but the kind, its status counts everything but the status.
 */
export function deriveView(features: readonly MapFeature[], filters: FilterState): DerivedView {
  const shown: MapFeature[] = [];
  const kindCounts = zeros(KINDS);
  const statusCounts = zeros(STATUSES);
  const searching = filters.query.trim() !== '';
  const matchingIds: string[] | null = searching ? [] : null;
  // Border only: the search was just tested, and status and kind are tested apart.
  const rest = { ...filters, statuses: null, kinds: null, query: '' };
  for (const f of features) {
    const p = f.properties;
    const matches = !searching || matchesQuery(p, filters.query);
    if (matches) matchingIds?.push(f.id);
    if (!matches || !passesNonYearFilters(p, rest)) continue;
    if (filters.year !== null && !inYear(p, filters.year)) continue;
    const statusOk = !filters.statuses || filters.statuses.includes(p.status);
    const kindOk = !filters.kinds || filters.kinds.includes(p.kind);
    if (statusOk) kindCounts[p.kind] += 1;
    if (kindOk) statusCounts[p.status] += 1;
    if (statusOk && kindOk) shown.push(f);
  }
  return { shown, kindCounts, statusCounts, matchingIds };
}

export interface CardView {
  /** Set when the chosen year hides the feature: that year, and the year it opens or is due (if any). */
  hiddenBy: { year: number; dueYear: number | null } | null;
  /** The status, kind, border or search filters hide it. */
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
