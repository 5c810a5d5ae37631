// How fresh and how firm each feature's data is: the newest source, freshness buckets, overdue targets, and the
// dataset-wide counts the "Data quality" view and `check:geo` print. Pure: "today" is always passed in.
import type { FeatureProperties, MapFeature } from './schema';
import { NO_TARGET } from './data-rules';
import { latestDay } from './partial-date';
import type { Precision, Status } from './vocabulary';
import { PRECISIONS } from './vocabulary';

/** Statuses for which a target means "not open yet" (or, for suspended, "not reopened yet"). */
const WAITING: ReadonlySet<Status> = new Set(['under-construction', 'planned', 'proposed', 'suspended']);

/** yyyy-mm-dd `months` calendar months before `today` (day clamped to the month's length). */
export function monthsBefore(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The newest source date we know for the feature: its verification record or its newest dated source. */
export function newestSourceDate(p: Pick<FeatureProperties, 'sources' | 'verification'>): string | null {
  let best: string | null = null;
  let bestDay = '';
  for (const date of [p.verification.newestSource, ...p.sources.map((s) => s.published)]) {
    const day = date ? latestDay(date) : null;
    if (date && day && day > bestDay) {
      best = date;
      bestDay = day;
    }
  }
  return best;
}

export const FRESHNESS = ['under-6-months', '6-12-months', 'over-12-months', 'undated'] as const;
export type Freshness = (typeof FRESHNESS)[number];

/** Age of the newest source; a partial date counts from the last day it can mean ("2026-03" = 31 Mar 2026). */
export function freshness(p: Pick<FeatureProperties, 'sources' | 'verification'>, today: string): Freshness {
  const newest = newestSourceDate(p);
  const day = newest ? latestDay(newest) : null;
  if (!day) return 'undated';
  if (day >= monthsBefore(today, 6)) return 'under-6-months';
  if (day >= monthsBefore(today, 12)) return '6-12-months';
  return 'over-12-months';
}

/**
 * Overdue: the current target has passed (its last possible day is before today) and no opening is confirmed
 * (status is not operational or closed, and no opening or in-operation date is recorded, except for a suspended
 * feature, whose target is its reopening). Never set by hand.
 */
export function isOverdue(
  p: Partial<Pick<FeatureProperties, 'status' | 'target' | 'opened' | 'inOperationBy'>>,
  today: string,
): boolean {
  if ((p.status && !WAITING.has(p.status)) || !p.target || p.target === NO_TARGET) return false;
  if (p.status !== 'suspended' && (p.opened || p.inOperationBy)) return false;
  const last = latestDay(p.target);
  return last !== null && last < today;
}

/** Stale: not operational, and the newest source is older than 12 months (or there is no dated source). */
export function isStale(
  p: Pick<FeatureProperties, 'status' | 'sources' | 'verification'>,
  today: string,
): boolean {
  if (p.status === 'operational') return false;
  const f = freshness(p, today);
  return f === 'over-12-months' || f === 'undated';
}

export interface QualityStats {
  total: number;
  byPrecision: Record<Precision, number>;
  byFreshness: Record<Freshness, number>;
  overdue: MapFeature[];
  stale: MapFeature[];
  /** Checked longest ago first (ties: oldest newest source first). */
  longestUnchecked: MapFeature[];
}

export function qualityStats(features: readonly MapFeature[], today: string, oldest = 10): QualityStats {
  const byPrecision = Object.fromEntries(PRECISIONS.map((p) => [p, 0])) as Record<Precision, number>;
  const byFreshness = Object.fromEntries(FRESHNESS.map((f) => [f, 0])) as Record<Freshness, number>;
  for (const f of features) {
    byPrecision[f.properties.location.precision] += 1;
    byFreshness[freshness(f.properties, today)] += 1;
  }
  const newestDay = (f: MapFeature) => {
    const d = newestSourceDate(f.properties);
    return (d && latestDay(d)) ?? '';
  };
  const longestUnchecked = [...features]
    .sort(
      (a, b) =>
        a.properties.verification.checked.localeCompare(b.properties.verification.checked) ||
        newestDay(a).localeCompare(newestDay(b)) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, oldest);
  return {
    total: features.length,
    byPrecision,
    byFreshness,
    overdue: features.filter((f) => isOverdue(f.properties, today)),
    stale: features.filter((f) => isStale(f.properties, today)),
    longestUnchecked,
  };
}
