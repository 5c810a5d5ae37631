/**
 * The coarse world (Natural Earth 1:110m via world-atlas) drawn only OUTSIDE the detailed region, so the two never
 * overlap and every place shows one coastline: rings crossing ±180° are cut there, then
 * the region's rectangle is cut out of every country (turf difference).
 */
import bboxPolygon from '@turf/bbox-polygon';
import booleanIntersects from '@turf/boolean-intersects';
import difference from '@turf/difference';
import { featureCollection, multiPolygon, polygon } from '@turf/helpers';
import bboxClip from '@turf/bbox-clip';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_BBOX } from './config.js';
import { readPackageJson } from './sources.js';

export type WorldFeature = Feature<Polygon | MultiPolygon, { iso: string | null; name: string }>;

type WorldTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * world-atlas stitches rings that cross ±180° (Chukotka, Fiji) into one ring that jumps from 180 to -180. Unwrap
 * such a polygon to continuous longitudes, then clip it to each 360°-wide window (turf bboxClip) and shift back.
 */
function splitAtAntimeridian(poly: Position[][]): Position[][][] {
  let jumps = false;
  const unwrapped = poly.map((ring) => {
    let offset = 0;
    return ring.map((p, i) => {
      const prev = ring[i - 1];
      if (prev) {
        const d = (p[0] as number) - (prev[0] as number);
        if (d > 180) offset -= 360;
        else if (d < -180) offset += 360;
        if (Math.abs(d) > 180) jumps = true;
      }
      return [(p[0] as number) + offset, p[1] as number];
    });
  });
  if (!jumps) return [poly];
  const out: Position[][][] = [];
  for (const shift of [-360, 0, 360]) {
    const g = bboxClip(polygon(unwrapped), [-180 + shift, -90, 180 + shift, 90]).geometry as
      Polygon | MultiPolygon;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const p of polys) {
      const rings = p
        .filter((r) => r.length >= 4)
        .map((r) => r.map((q) => [(q[0] as number) - shift, q[1] as number]));
      if (rings.length > 0) out.push(rings);
    }
  }
  return out;
}

export function buildWorld(): WorldFeature[] {
  const topo = readPackageJson<WorldTopology>('world-atlas/countries-110m.json');
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const region = bboxPolygon(REGION_BBOX);
  const out: WorldFeature[] = [];
  for (const f of fc.features) {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
    // Antarctica winds around the pole (its ring is not closed in longitude): it is left as it is.
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const split = f.properties.name === 'Antarctica' ? polys : polys.flatMap(splitAtAntimeridian);
    const clean = multiPolygon(split) as Feature<Polygon | MultiPolygon>;
    const outside = booleanIntersects(clean, region)
      ? difference(featureCollection<Polygon | MultiPolygon>([clean, region]))
      : clean;
    if (!outside) continue;
    const g = truncate(outside, { precision: 3, coordinates: 2 }).geometry;
    out.push({
      type: 'Feature',
      properties: { iso: f.id === undefined ? null : String(f.id), name: f.properties.name },
      geometry: g,
    });
  }
  return out.sort(
    (a, b) =>
      (a.properties.iso ?? '~').localeCompare(b.properties.iso ?? '~') ||
      a.properties.name.localeCompare(b.properties.name),
  );
}
