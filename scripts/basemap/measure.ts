/**
 * Measures of a drawn border against its source, shared by the build's report and the unit tests: line lengths,
 * the distance of every source vertex from the drawn line (median, p95, max), and distances to a point.
 */
import distance from '@turf/distance';
import { lineString, point } from '@turf/helpers';
import length from '@turf/length';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { Position } from 'geojson';
import KDBush from 'kdbush';

type Line = Position[];

export function lengthKm(lines: readonly Line[]): number {
  return lines.reduce((s, l) => s + (l.length >= 2 ? length(lineString(l), { units: 'kilometers' }) : 0), 0);
}

/** Shortest distance (km) from a point to any of the lines. */
export function distanceToLinesKm(p: Position, lines: readonly Line[]): number {
  return Math.min(
    ...lines
      .filter((l) => l.length >= 2)
      .map((l) => pointToLineDistance(point(p), lineString(l), { units: 'kilometers' })),
  );
}

export function distanceKm(a: Position, b: Position): number {
  return distance(point(a), point(b), { units: 'kilometers' });
}

export interface Deviation {
  medianKm: number;
  p95Km: number;
  maxKm: number;
  samples: number;
}

/**
 * Distance (km) from p to the segment a–b in a local equirectangular plane centred on p: within the few km this is
 * used for, it differs from the great-circle distance by far less than a metre.
 */
export function segmentKm(p: Position, [a, b]: [Position, Position]): number {
  const k = Math.cos(((p[1] as number) * Math.PI) / 180) * 111.32;
  const ax = ((a[0] as number) - (p[0] as number)) * k;
  const ay = ((a[1] as number) - (p[1] as number)) * 111.32;
  const bx = ((b[0] as number) - (p[0] as number)) * k;
  const by = ((b[1] as number) - (p[1] as number)) * 111.32;
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
  return Math.hypot(ax + t * dx, ay + t * dy);
}

const nearestRank = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

/**
 * Distance of every vertex of `source` from the nearest segment of `drawn` (km), summarised (nearest-rank
 * percentiles). Segments are found through an index of their midpoints within (half the longest segment + searchKm);
 * a vertex with no segment that near counts as Infinity.
 */
export function deviation(source: readonly Line[], drawn: readonly Line[], searchKm = 5): Deviation {
  const segs: [Position, Position][] = [];
  for (const l of drawn)
    for (let i = 1; i < l.length; i++) segs.push([l[i - 1] as Position, l[i] as Position]);
  const kx = Math.cos((45 * Math.PI) / 180);
  const index = new KDBush(segs.length);
  let longest = 0;
  for (const [a, b] of segs) {
    index.add(((a[0] as number) + (b[0] as number)) * 0.5 * kx, ((a[1] as number) + (b[1] as number)) * 0.5);
    longest = Math.max(
      longest,
      Math.hypot(((a[0] as number) - (b[0] as number)) * kx, (a[1] as number) - (b[1] as number)),
    );
  }
  index.finish();
  const radius = longest / 2 + searchKm / 111.32;
  const ds: number[] = [];
  for (const l of source)
    for (const p of l) {
      let best = Infinity;
      for (const id of index.within((p[0] as number) * kx, p[1] as number, radius))
        best = Math.min(best, segmentKm(p, segs[id] as [Position, Position]));
      ds.push(best);
    }
  ds.sort((a, b) => a - b);
  return {
    medianKm: nearestRank(ds, 0.5),
    p95Km: nearestRank(ds, 0.95),
    maxKm: ds[ds.length - 1] ?? NaN,
    samples: ds.length,
  };
}
