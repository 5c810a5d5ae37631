// Small statistics for the benchmark: nearest-rank percentiles and a log-scale interpolation.

/** Nearest-rank percentile (p in 0..100) of a non-empty sample; NaN for an empty one. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

export interface SizePoint {
  features: number;
  value: number;
}

export type Crossing =
  | { kind: 'below-all'; smallest: SizePoint }
  | { kind: 'above-all'; largest: SizePoint }
  | { kind: 'between'; features: number; lower: SizePoint; upper: SizePoint };

/**
 * The feature count at which `value` reaches `limit`, interpolating linearly in log(features) between the
 * two measured sizes that straddle it. Points are sorted by size; values are assumed to grow with size.
 */
export function crossingPoint(points: readonly SizePoint[], limit: number): Crossing | null {
  const sorted = [...points].filter((p) => Number.isFinite(p.value)).sort((a, b) => a.features - b.features);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return null;
  if (first.value > limit) return { kind: 'below-all', smallest: first };
  for (let i = 1; i < sorted.length; i++) {
    const lower = sorted[i - 1];
    const upper = sorted[i];
    if (!lower || !upper || upper.value <= limit) continue;
    const t = (limit - lower.value) / (upper.value - lower.value);
    const log = Math.log(lower.features) + t * (Math.log(upper.features) - Math.log(lower.features));
    return { kind: 'between', features: Math.round(Math.exp(log)), lower, upper };
  }
  return { kind: 'above-all', largest: last };
}
