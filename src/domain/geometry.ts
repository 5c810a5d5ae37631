// Geometry rules with turf: distance to the border line, the placement rule for estimated points, co-location.
import { distance } from '@turf/distance';
import { nearestPointOnLine } from '@turf/nearest-point-on-line';
import { lineString, point } from '@turf/helpers';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import type { Geometry } from './schema';

export type BorderLine = Feature<LineString | MultiLineString, { kind: string }>;

/** The positions of a Point or LineString, as a list. */
export function positionsOf(geometry: Geometry): Position[] {
  return geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates;
}

function linesOf(border: BorderLine): Position[][] {
  return border.geometry.type === 'LineString' ? [border.geometry.coordinates] : border.geometry.coordinates;
}

/** Nearest point of the border line to a position: its coordinates and the distance in metres. */
export function nearestBorderPoint(
  borders: BorderLine[],
  at: Position,
): { position: Position; distanceM: number } {
  let best: { position: Position; distanceM: number } = { position: at, distanceM: Infinity };
  for (const border of borders) {
    for (const coords of linesOf(border)) {
      if (coords.length < 2) continue;
      const snapped = nearestPointOnLine(lineString(coords), point(at), { units: 'meters' });
      const d = snapped.properties.dist ?? Infinity;
      if (d < best.distanceM) best = { position: snapped.geometry.coordinates, distanceM: d };
    }
  }
  return best;
}

/** Shortest distance in metres from any vertex of a geometry to the border. */
export function distanceToBorderM(borders: BorderLine[], geometry: Geometry): number {
  return Math.min(...positionsOf(geometry).map((p) => nearestBorderPoint(borders, p).distanceM));
}

export function distanceM(a: Position, b: Position): number {
  return distance(point(a), point(b), { units: 'meters' });
}

/** A representative point: the point itself, or the middle vertex of a line. */
export function anchorPosition(geometry: Geometry): Position {
  if (geometry.type === 'Point') return geometry.coordinates;
  const coords = geometry.coordinates;
  const [a, b] = coords;
  if (coords.length === 2 && a && b) return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  return coords[Math.floor(coords.length / 2)] ?? coords[0] ?? [0, 0];
}

/** Rounds a coordinate to 4 decimals (~10 m): the precision the data stores. */
export function roundPosition(p: Position): [number, number] {
  return [Math.round((p[0] ?? 0) * 1e4) / 1e4, Math.round((p[1] ?? 0) * 1e4) / 1e4];
}

/** The box around every position of these geometries, [[west, south], [east, north]]; null for none. */
export function boundsOf(geometries: readonly Geometry[]): [[number, number], [number, number]] | null {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const g of geometries)
    for (const [lon = 0, lat = 0] of positionsOf(g)) {
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
    }
  return w === Infinity
    ? null
    : [
        [w, s],
        [e, n],
      ];
}
