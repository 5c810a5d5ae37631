// @vitest-environment node
/**
 * The basemap build (scripts/build-basemap.ts, scripts/basemap/*): the committed outputs against the committed
 * OpenStreetMap reference (scripts/basemap/data/osm-border-reference.geojson.gz, the source border before
 * simplification), and the build's topology steps on small hand-made countries.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { describe, expect, it } from 'vitest';
import { BASEMAP_DIR, borderLines, readBasemap } from '../fixtures/basemap-files';
import type { BasemapProps as Props } from '../fixtures/basemap-files';
import { deviation, distanceKm, distanceToLinesKm, lengthKm } from '../../scripts/basemap/measure';
import { snapCountry } from '../../scripts/basemap/snap';
import type { Country } from '../../scripts/basemap/sources';
import { borderBetween, buildTopology, countriesOf, simplified } from '../../scripts/basemap/topo';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reference = JSON.parse(
  gunzipSync(readFileSync(path.join(ROOT, 'scripts/basemap/data/osm-border-reference.geojson.gz'))).toString(
    'utf8',
  ),
) as FeatureCollection<MultiLineString, Props>;
const borders = readBasemap('borders.geojson');
const region = readBasemap('region.geojson');
const detail = readBasemap('region-detail.geojson');

/** Boundary marker 423, the CN–KP–RU tripoint: 42°25′10.2″N 130°38′17.7″E. */
const MARKER_423: Position = [130 + 38 / 60 + 17.7 / 3600, 42 + 25 / 60 + 10.2 / 3600];
const FRIENDSHIP_BRIDGE: Position = [130.6411, 42.4152]; // geo/dprk-border.geojson korea-russia-friendship-bridge

const ends = (ls: Position[][]): Position[] =>
  ls.flatMap((l) => [l[0] as Position, l[l.length - 1] as Position]);
const key = (p: Position): string => `${p[0]},${p[1]}`;

function tripoint(): Position {
  const kp = new Set(ends(borderLines(borders, 'ru-kp')).map(key));
  const shared = ends(borderLines(borders, 'ru-cn')).filter((p) => kp.has(key(p)));
  expect(shared).toHaveLength(1);
  return shared[0] as Position;
}

function ringVertices(fc: FeatureCollection<Geometry, Props>, iso: string): Set<string> {
  const out = new Set<string>();
  for (const f of fc.features) {
    if (f.properties.layer !== 'country' || f.properties.iso !== iso) continue;
    const g = f.geometry as Polygon | MultiPolygon;
    for (const p of (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flat(2)) out.add(key(p));
  }
  return out;
}

describe('borders.geojson against the OpenStreetMap source', () => {
  it('RU–CN and RU–KP meet at one tripoint, within 1 km of boundary marker 423', () => {
    expect(distanceKm(tripoint(), MARKER_423)).toBeLessThan(1);
  });

  it('RU–KP is 15–20 km long and RU–CN within 2 % of the source length', () => {
    const kp = lengthKm(borderLines(borders, 'ru-kp'));
    expect(kp).toBeGreaterThanOrEqual(15);
    expect(kp).toBeLessThanOrEqual(20);
    const cn = lengthKm(borderLines(borders, 'ru-cn'));
    const src = lengthKm(borderLines(reference, 'ru-cn'));
    expect(Math.abs(cn - src) / src).toBeLessThan(0.02);
  }, 60_000);

  it.each(['ru-cn', 'ru-kp'])(
    '%s deviates from the source by p95 ≤ 0.5 km and at most 2 km',
    (kind) => {
      const d = deviation(borderLines(reference, kind), borderLines(borders, kind));
      expect(d.samples).toBeGreaterThan(100);
      expect(d.p95Km).toBeLessThanOrEqual(0.5);
      expect(d.maxKm).toBeLessThanOrEqual(2);
    },
    60_000,
  );

  it('keeps every output well under the 1 MB gzip request budget and the first view light', () => {
    const gz = (f: string): number => gzipSync(readFileSync(path.join(BASEMAP_DIR, f)), { level: 9 }).length;
    for (const f of ['borders.geojson', 'region.geojson', 'region-detail.geojson', 'world.geojson'])
      expect(gz(f)).toBeLessThan(500_000);
    expect(gz('borders.geojson') + gz('region.geojson') + gz('world.geojson')).toBeLessThan(320_000);
  });
});

describe('simplification keeps the shared border', () => {
  it('the tripoint is a vertex of the Russian, Chinese and North Korean polygons at both levels of detail', () => {
    const t = key(tripoint());
    for (const fc of [detail])
      for (const iso of ['643', '156', '408']) expect(ringVertices(fc, iso).has(t)).toBe(true);
    // The first view is simplified harder, but the tripoint is an arc end: kept there too (at 4 decimals).
    const t4 = key(tripoint().map((v) => Math.round(v * 1e4) / 1e4));
    for (const iso of ['643', '156', '408']) expect(ringVertices(region, iso).has(t4)).toBe(true);
  });

  it('both neighbours hold the same border vertices in region-detail.geojson', () => {
    const ru = ringVertices(detail, '643');
    const cn = ringVertices(detail, '156');
    const shared = [...cn].filter((k) => ru.has(k));
    // The whole eastern RU–CN border in the detail box is shared, vertex for vertex (thousands of them).
    expect(shared.length).toBeGreaterThan(3000);
  });

  // Three countries on a 10 km grid: A (west) and B (east) share a wiggly border, C (south) meets both at a tripoint.
  const sq = (a3: string, iso: string, ring: Position[]): Country => ({
    type: 'Feature',
    id: a3,
    properties: { iso, a3 },
    geometry: { type: 'Polygon', coordinates: [ring] },
  });
  const wiggle = Array.from({ length: 41 }, (_, i): Position => [130 + (i % 2) * 0.002, 42.2 + i * 0.005]);
  const a = sq('AAA', '1', [[129.8, 42.2], ...wiggle, [129.8, 42.4], [129.8, 42.2]]);
  const b = sq('BBB', '2', [[130.3, 42.2], [130.3, 42.4], ...[...wiggle].reverse(), [130.3, 42.2]]);
  const c2 = sq('CCC', '3', [
    [129.8, 42.2],
    [130, 42.2],
    [130.3, 42.2],
    [130.3, 42.1],
    [129.8, 42.1],
    [129.8, 42.2],
  ]);

  it('keeps the tripoint and an identical shared border in both polygons when simplified hard', () => {
    const topo = simplified(buildTopology([a, b, c2]), 3000);
    const [pa, pb, pc] = countriesOf(topo, 5);
    const verts = (f: Country | undefined): Set<string> =>
      new Set((f?.geometry as Polygon).coordinates.flat().map(key));
    const va = verts(pa);
    const vb = verts(pb);
    expect(va.has('130,42.2') && vb.has('130,42.2') && verts(pc).has('130,42.2')).toBe(true);
    const border = borderBetween(topo, '1', '2', 5);
    expect(border).toHaveLength(1);
    const line = (border[0] ?? []).map(key);
    expect(line.length).toBeLessThan(wiggle.length); // simplified…
    for (const k of line) expect(va.has(k) && vb.has(k)).toBe(true); // …and the same vertices in both polygons
    expect(lengthKm(border)).toBeGreaterThan(20);
  });

  it('snapping makes two outlines that differ by metres share one border', () => {
    // B's copy of the border is off by ~5 m and has its own vertices: no shared arc until snapped.
    const offset = wiggle.map((p): Position => [(p[0] as number) + 0.00005, (p[1] as number) + 0.00002]);
    const bOff = sq('BBB', '2', [[130.3, 42.2], [130.3, 42.4], ...[...offset].reverse(), [130.3, 42.2]]);
    expect(borderBetween(buildTopology([a, bOff]), '1', '2', 5)).toHaveLength(0);
    const snapped = snapCountry(bOff, a, 50) as Country;
    const shared = borderBetween(buildTopology([a, snapped]), '1', '2', 5);
    expect(shared).toHaveLength(1);
    expect(lengthKm(shared)).toBeGreaterThan(20);
  });
});

describe('border rivers', () => {
  const river = (name: string, fc = detail): Position[][] =>
    fc.features
      .filter(
        (f) => f.properties.layer === 'river' && f.properties.name === name && f.properties.border === true,
      )
      .flatMap((f) => (f.geometry as MultiLineString).coordinates);

  it.each(['Amur', 'Argun', 'Ussuri', 'Sungacha', 'Tumen'])(
    '%s is drawn along the border where the border runs in it',
    (name) => {
      const r = river(name);
      expect(lengthKm(r)).toBeGreaterThan(10);
      const border = [...borderLines(borders, 'ru-cn'), ...borderLines(borders, 'ru-kp')];
      // Every vertex of the river's border lines is a vertex of the border (so it lies on it, to rounding).
      expect(deviation(r, border).maxKm).toBeLessThan(0.01);
    },
    60_000,
  );

  it('the Friendship Bridge sits on the Tumen and on the RU–KP border', () => {
    expect(distanceToLinesKm(FRIENDSHIP_BRIDGE, river('Tumen'))).toBeLessThan(1);
    expect(distanceToLinesKm(FRIENDSHIP_BRIDGE, borderLines(borders, 'ru-kp'))).toBeLessThan(1);
  });

  it.each(['Bikin', 'Zeya'])('the %s is drawn in both files', (name) => {
    for (const fc of [region, detail])
      expect(
        fc.features.some(
          (f: Feature<Geometry, Props>) => f.properties.layer === 'river' && f.properties.name === name,
        ),
      ).toBe(true);
  });
});
