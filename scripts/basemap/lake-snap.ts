/**
 * A border lake's shore, snapped to the border: where the OSM border runs out of a Natural Earth lake (Lake Khanka)
 * onto land, NE's generalised shore lies a few hundred metres off the OSM border's shore vertex. The border segment
 * that crosses the shore has that vertex at its land end; it is put into the lake's outline (between the two outline
 * vertices around the crossing), so the lake reaches the border's shore point and the border meets the shore there.
 */
import { bbox, lineIntersect } from '@turf/turf';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { lineString } from '@turf/helpers';
import pointToLineDistance from '@turf/point-to-line-distance';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { WaterFeature } from './water.js';

type Line = Position[];

/** A shore vertex farther than this from NE's shore is not taken as the lake's (km). */
export const LAKE_SNAP_KM = 2;

export interface ShoreSnap {
  lake: string;
  shore: Position;
  /** How far NE's shore lay from the border's shore vertex (km). */
  movedKm: number;
}

function snapRing(
  ring: Line,
  borders: readonly Line[],
  poly: Polygon,
  lake: string,
  out: ShoreSnap[],
  decimals: number,
): Line {
  let r = ring;
  const [minX, minY, maxX, maxY] = bbox(lineString(ring));
  const near = (p: Position): boolean =>
    (p[0] as number) > minX - 0.1 &&
    (p[0] as number) < maxX + 0.1 &&
    (p[1] as number) > minY - 0.1 &&
    (p[1] as number) < maxY + 0.1;
  for (const line of borders)
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] as Position;
      if (!near(a) && !near(b)) continue;
      const hits = lineIntersect(lineString([a, b]), lineString(r)).features;
      if (hits.length !== 1) continue;
      const q = (hits[0] as (typeof hits)[number]).geometry.coordinates;
      const shore = booleanPointInPolygon(a, poly) ? b : a;
      const movedKm = distance(shore, q);
      if (movedKm > LAKE_SNAP_KM || movedKm < 0.001) continue;
      // The outline's segment the border crosses: the shore vertex goes in between its two ends.
      let best = 0;
      let bestKm = Infinity;
      for (let k = 0; k + 1 < r.length; k++) {
        const d = pointToLineDistance(q, lineString([r[k] as Position, r[k + 1] as Position]));
        if (d < bestKm) {
          bestKm = d;
          best = k;
        }
      }
      const f = 10 ** decimals;
      const at = shore.map((v) => Math.round(v * f) / f);
      r = [...r.slice(0, best + 1), at, ...r.slice(best + 1)];
      out.push({ lake, shore, movedKm });
    }
  return r;
}

/** The water features with every lake the borders cross snapped to the borders' shore vertices (rounded). */
export function snapLakesToBorders(
  water: readonly WaterFeature[],
  borders: readonly Line[],
  decimals: number,
): { water: WaterFeature[]; snaps: ShoreSnap[] } {
  const snaps: ShoreSnap[] = [];
  const out = water.map((f): WaterFeature => {
    if (f.properties.layer !== 'lake' || f.geometry.type === 'MultiLineString') return f;
    const g = f.geometry;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const name = String(f.properties.name ?? 'lake');
    const snapped = polys.map((p) => {
      const poly: Polygon = { type: 'Polygon', coordinates: p };
      return [snapRing(p[0] as Line, borders, poly, name, snaps, decimals), ...p.slice(1)];
    });
    const geometry: Polygon | MultiPolygon =
      g.type === 'Polygon'
        ? { type: 'Polygon', coordinates: snapped[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: snapped };
    return { ...f, geometry };
  });
  return { water: out, snaps };
}
