/**
 * Label points: country names (polylabel inside the default view) and water names (on their own geometry); towns
 * are scripts/basemap/towns.ts.
 */
import area from '@turf/area';
import bboxClip from '@turf/bbox-clip';
import { lineString } from '@turf/helpers';
import along from '@turf/along';
import length from '@turf/length';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { COUNTRY_NAMES, LABEL_BBOX, WATER_LABELS } from './config.js';
import type { Country } from './sources.js';
import type { WaterFeature } from './water.js';

export type LabelFeature = Feature<Point, Record<string, string | number | null>>;

const round = (p: Position, d = 4): Position => {
  const f = 10 ** d;
  return [Math.round((p[0] as number) * f) / f, Math.round((p[1] as number) * f) / f];
};

function polygonsOf(g: Polygon | MultiPolygon): Position[][][] {
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** polylabel works in degrees: scale longitude by cos(lat) so the pole is found in a near-equal-area plane. */
function pole(poly: Position[][]): Position {
  const lat0 = (poly[0]?.[0]?.[1] as number | undefined) ?? 45;
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const scaled = poly.map((r) => r.map((p): [number, number] => [(p[0] as number) * kx, p[1] as number]));
  const q = polylabel(scaled, 0.01);
  return [(q[0] as number) / kx, q[1] as number];
}

export function countryLabels(land: readonly Country[]): LabelFeature[] {
  const out: LabelFeature[] = [];
  for (const c of land) {
    const names = COUNTRY_NAMES[c.properties.iso];
    if (!names) continue;
    const g = bboxClip(c, LABEL_BBOX).geometry as Polygon | MultiPolygon;
    const largest = polygonsOf(g)
      .filter((p) => (p[0]?.length ?? 0) >= 4)
      .sort(
        (a, b) => area({ type: 'Polygon', coordinates: b }) - area({ type: 'Polygon', coordinates: a }),
      )[0];
    if (!largest) throw new Error(`no ${names.en} polygon inside the label box`);
    out.push({
      type: 'Feature',
      properties: {
        layer: 'label',
        class: 'country',
        iso: c.properties.iso,
        name_en: names.en,
        name_ru: names.ru,
        name_zh: names.zh,
        name_ko: names.ko,
        placement: 'pole of inaccessibility (polylabel) of the largest land polygon inside the default view',
      },
      geometry: { type: 'Point', coordinates: round(pole(largest)) },
    });
  }
  return out;
}

/** One label per river and lake of WATER_LABELS (its longest line, at the vertex nearest half its length) and per named lake (its pole). */
export function waterLabels(water: readonly WaterFeature[]): LabelFeature[] {
  const out: LabelFeature[] = [];
  const rivers = new Map<string, { line: Position[]; border: boolean }>();
  for (const f of water) {
    const name = f.properties.name_en;
    if (typeof name !== 'string' || !WATER_LABELS.includes(name)) continue;
    if (f.geometry.type === 'MultiLineString') {
      // A border river is named on the border, where people look: its border lines are preferred.
      const border = f.properties.border === true;
      for (const l of f.geometry.coordinates) {
        const prev = rivers.get(name);
        const better =
          !prev ||
          (border && !prev.border) ||
          (border === prev.border && length(lineString(l)) > length(lineString(prev.line)));
        if (better) rivers.set(name, { line: l, border });
      }
    } else if (f.properties.layer === 'lake') {
      const largest = polygonsOf(f.geometry as Polygon | MultiPolygon)[0];
      if (largest)
        out.push(
          label(
            'lake',
            name,
            pole(largest),
            'pole of inaccessibility of the Natural Earth 1:10m lake polygon',
          ),
        );
    }
  }
  for (const [name, { line: l }] of [...rivers].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const mid = along(lineString(l), length(lineString(l)) / 2).geometry.coordinates;
    const vertex = [...l].sort(
      (a, b) =>
        Math.hypot((a[0] as number) - (mid[0] as number), (a[1] as number) - (mid[1] as number)) -
        Math.hypot((b[0] as number) - (mid[0] as number), (b[1] as number) - (mid[1] as number)),
    )[0] as Position;
    out.push(
      label(
        'river',
        name,
        vertex,
        'vertex nearest half the length of the longest drawn line of the river (a border line first)',
      ),
    );
  }
  return out;
}

function label(subclass: string, name: string, p: Position, placement: string): LabelFeature {
  return {
    type: 'Feature',
    properties: { layer: 'label', class: 'water', subclass, name_en: name, placement },
    geometry: { type: 'Point', coordinates: subclass === 'lake' ? round(p) : p },
  };
}
