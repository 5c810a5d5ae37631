// The panels' view of the data under the current filters, memoised (the work itself is in domain/derived-view.ts).
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { deriveView } from '../domain/derived-view';
import type { FilterState } from '../domain/filters';
import { yearRange } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import { changesInYear } from '../domain/year-changes';
import { isOverdue } from '../domain/quality';

const FALLBACK_RANGE: [number, number] = [1990, 2030];
/**
 * Above this many features the list follows the filters only once they have rested (listRestMs): re-rendering
 * thousands of entries on every year step would hold the main thread while the map draws the step (README §
 * Benchmark). At or below it (the real data) the list follows every step, as a deferred update.
 */
const LIST_FOLLOWS_AT_ONCE_UP_TO = 2000;

/** How long the filters must rest before a list of `count` features follows: 0.04 ms a feature, 0.4–2 s. */
export function listRestMs(count: number): number {
  return count <= LIST_FOLLOWS_AT_ONCE_UP_TO ? 0 : Math.min(2000, Math.max(400, count / 25));
}

/** `value`, or with `delay` > 0 its last value once it has not changed for `delay` ms. */
function useRestingValue<T>(value: T, delay: number): T {
  const [rested, setRested] = useState(value);
  useEffect(() => {
    if (delay <= 0) return;
    const timer = setTimeout(() => setRested(() => value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return delay <= 0 ? value : rested;
}

export function useDerivedView(features: readonly MapFeature[], filters: FilterState, today: string) {
  const range = useMemo(
    () =>
      yearRange(
        features.map((f) => f.properties),
        FALLBACK_RANGE,
      ),
    [features],
  );
  const view = useMemo(() => deriveView(features, filters), [features, filters]);
  const changes = useMemo(
    () => (filters.year === null ? null : changesInYear(features, filters.year)),
    [features, filters.year],
  );
  // The list of a big dataset takes longer to render than the map's filter takes to apply: React renders it after
  // the urgent update, so the map and the counts follow a key at once and the list a moment later.
  const listFeatures = useDeferredValue(useRestingValue(view.ranked, listRestMs(features.length)));
  // Overdue depends on the data and today only: one set per dataset, counted against what is shown.
  const overdue = useMemo(
    () => new Set(features.filter((f) => isOverdue(f.properties, today))),
    [features, today],
  );
  const overdueCount = useMemo(() => view.shown.filter((f) => overdue.has(f)).length, [view.shown, overdue]);
  return { ...view, range, changes, listFeatures, overdueCount };
}
