/**
 * The region outputs' feature lists: countries (land), other land borders, water and labels, for one level of detail.
 */
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import bboxPolygon from '@turf/bbox-polygon';
import type {
  Feature,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { COUNTRY_NAMES, ISO, type BBox } from './config.js';
import type { Country } from './sources.js';
import { roundLine } from './topo.js';

export type OutFeature = Feature<Geometry, Record<string, string | number | boolean | null>>;

/** Polygons at least this large (km²) carry `labelled: true`: MapLibre names a country once per tile on those only. */
export const LABELLED_KM2 = 500;

function clipPolys(c: Country, box: BBox, decimals: number): Position[][][] {
  const g = bboxClip(c, box).geometry as Polygon | MultiPolygon;
  return (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((p) => p.map((r) => roundLine(r, decimals)).filter((r) => r.length >= 4))
    .filter((p) => p.length > 0 && (p[0]?.length ?? 0) >= 4);
}

/** Each country as up to two features: its large polygons (labelled) first, then its islets. */
export function countryFeatures(land: readonly Country[], box: BBox, decimals: number): OutFeature[] {
  const out: OutFeature[] = [];
  for (const c of land) {
    const polys = clipPolys(c, box, decimals);
    const names = COUNTRY_NAMES[c.properties.iso];
    const props = {
      layer: 'country',
      iso: c.properties.iso,
      name_en: names?.en ?? null,
      name_ru: names?.ru ?? null,
      name_zh: names?.zh ?? null,
      name_ko: names?.ko ?? null,
    };
    const big = polys.filter((p) => area({ type: 'Polygon', coordinates: p }) / 1e6 >= LABELLED_KM2);
    const small = polys.filter((p) => !big.includes(p));
    for (const [set, labelled] of [
      [big, true],
      [small, false],
    ] as const) {
      if (set.length === 0) continue;
      out.push({
        type: 'Feature',
        properties: { ...props, labelled: labelled && !!names },
        geometry: { type: 'MultiPolygon', coordinates: [...set] },
      });
    }
  }
  return out;
}

/** Land borders other than RU–CN and RU–KP (those are public/basemap/borders.geojson), clipped. */
export function otherBorders(borders: Map<string, Position[][]>, box: BBox): OutFeature[] {
  const main = new Set([`${ISO.china}-${ISO.russia}`, `${ISO.northKorea}-${ISO.russia}`]);
  const out: OutFeature[] = [];
  for (const [pair, lines] of [...borders].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (main.has(pair)) continue;
    const g = bboxClip({ type: 'MultiLineString', coordinates: lines } as MultiLineString, box).geometry as
      LineString | MultiLineString;
    const clipped = (g.type === 'LineString' ? [g.coordinates] : g.coordinates).filter((l) => l.length >= 2);
    if (clipped.length > 0)
      out.push({
        type: 'Feature',
        properties: { layer: 'border', kind: 'other', pair },
        geometry: { type: 'MultiLineString', coordinates: clipped },
      });
  }
  return out;
}

/** The detail file's first feature: its box, filled with water over the first view's coarser layers. */
export function maskFeature(box: BBox): OutFeature {
  return { type: 'Feature', properties: { layer: 'mask' }, geometry: bboxPolygon(box).geometry };
}

/** Compact JSON, one feature per line (valid JSON, diff-friendly). */
export function serialize(features: readonly Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
