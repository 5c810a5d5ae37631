// The panels' view of the data under the current filters, memoised (the work itself is in domain/derived-view.ts).
import { useDeferredValue, useMemo } from 'react';
import { deriveView } from '../domain/derived-view';
import type { FilterState } from '../domain/filters';
import { yearRange } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import { changesInYear } from '../domain/year-changes';
import { isOverdue } from '../domain/quality';

const FALLBACK_RANGE: [number, number] = [1990, 2030];

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
  // React renders the list after the urgent update, so the map and the counts follow a key first; a long list
  // renders a page at a time (FeatureList, domain/list-page.ts).
  const listFeatures = useDeferredValue(view.ranked);
  // Overdue depends on the data and today only: one set per dataset, counted against what is shown.
  const overdue = useMemo(
    () => new Set(features.filter((f) => isOverdue(f.properties, today))),
    [features, today],
  );
  const overdueCount = useMemo(() => view.shown.filter((f) => overdue.has(f)).length, [view.shown, overdue]);
  return { ...view, range, changes, listFeatures, overdueCount };
}
