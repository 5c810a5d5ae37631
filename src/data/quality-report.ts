// The short quality report `check:geo` prints: counts by precision and by freshness, and the overdue features.
import type { MapFeature } from '../domain/schema';
import { FRESHNESS, newestSourceDate, qualityStats } from '../domain/quality';
import { CROSSING_KINDS, PRECISIONS } from '../domain/vocabulary';

export function qualityReport(features: readonly MapFeature[], today: string): string[] {
  const stats = qualityStats(features, today, 5);
  const crossings = features.filter((f) => CROSSING_KINDS.has(f.properties.kind));
  const firm = crossings.filter((f) => ['exact', 'site'].includes(f.properties.location.precision)).length;
  const lines = [
    `quality (as of ${today}), ${stats.total} features:`,
    `  precision: ${PRECISIONS.map((p) => `${p} ${stats.byPrecision[p]}`).join(', ')}`,
    `  crossings and bridges at exact or site: ${firm}/${crossings.length} (${Math.round((100 * firm) / Math.max(1, crossings.length))} %)`,
    `  newest source: ${FRESHNESS.map((f) => `${f} ${stats.byFreshness[f]}`).join(', ')}`,
    `  overdue (${stats.overdue.length}): ${
      stats.overdue.map((f) => `${f.id} (target ${String(f.properties.target)})`).join(', ') || 'none'
    }`,
    `  stale (${stats.stale.length}): ${
      stats.stale.map((f) => `${f.id} (${newestSourceDate(f.properties) ?? 'undated'})`).join(', ') || 'none'
    }`,
  ];
  return lines;
}
