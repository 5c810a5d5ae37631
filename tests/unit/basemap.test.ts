// @vitest-environment node
/**
 * Checks on the generated offline basemap (public/basemap/*, built by
 * `npx tsx scripts/build-basemap.ts`). These read the committed files, so they fail if
 * the files are missing, stale in shape, or geographically wrong.
 */
import {
  booleanPointInPolygon,
  length as turfLength,
  lineIntersect,
  lineString,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderFeature, readBasemap } from '../fixtures/basemap-files';
import type { BasemapProps as Props } from '../fixtures/basemap-files';

const world = readBasemap('world.geojson');
const region = readBasemap('region.geojson');
const borders = readBasemap('borders.geojson');

const BBOX = { west: 84, south: 36, east: 146, north: 58 };
const inBBox = (p: Position): boolean =>
  (p[0] ?? NaN) >= BBOX.west &&
  (p[0] ?? NaN) <= BBOX.east &&
  (p[1] ?? NaN) >= BBOX.south &&
  (p[1] ?? NaN) <= BBOX.north;

/** Official length of the Russia–China boundary (km). */
const OFFICIAL_RU_CN_KM = 4209;
const FRIENDSHIP_BRIDGE: Position = [130.6411, 42.4152]; // Korea–Russia Friendship Bridge (Khasan–Tumangang)
const TONGJIANG_RAIL_BRIDGE: Position = [132.6983, 47.9611]; // Nizhneleninskoye–Tongjiang railway bridge
const LOVOZERO: Position = [35.01, 68.0]; // Lovozero, Kola Peninsula

function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
    case 'MultiPoint':
      return g.coordinates;
    case 'Polygon':
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    default:
      return [];
  }
}

const borderOf = (kind: string): Feature<MultiLineString, Props> => borderFeature(borders, kind);

/** Minimum distance (km) from a point to any part of a MultiLineString. */
function distanceKm(p: Position, mls: MultiLineString): number {
  return Math.min(
    ...mls.coordinates.map((line) =>
      pointToLineDistance(point(p), lineString(line), { units: 'kilometers' }),
    ),
  );
}

function regionFeature(pred: (p: Props) => boolean): Feature<Geometry, Props> | undefined {
  return region.features.find((f) => pred(f.properties));
}

function townLabel(name: string): Feature<Geometry, Props> {
  const f = regionFeature((p) => p.layer === 'label' && p.class === 'town' && p.name_en === name);
  if (!f) throw new Error(`no town label ${name}`);
  return f;
}

function country(iso: string): Feature<Polygon | MultiPolygon, Props> {
  const f = regionFeature((p) => p.layer === 'country' && p.iso === iso);
  if (!f) throw new Error(`no country ${iso}`);
  return f as Feature<Polygon | MultiPolygon, Props>;
}

describe('borders.geojson', () => {
  it('holds exactly the ru-cn and ru-kp lines with source and a consistent lengthKm', () => {
    expect(borders.features.map((f) => f.properties.kind)).toEqual(['ru-cn', 'ru-kp']);
    for (const f of borders.features) {
      expect(f.properties.source).toBe(
        'OpenStreetMap contributors (ODbL) via @osm_borders/maritime_10m 1.1.0',
      );
      const km = Math.round(turfLength(f, { units: 'kilometers' }) * 10) / 10;
      expect(f.properties.lengthKm).toBe(km);
    }
  });

  it('ru-cn length is close to the official 4,209 km', () => {
    // OpenStreetMap (simplified to 60 m) measures about 4,285 km: the rivers' meanders are kept. Allow -20 % / +5 %.
    const km = turfLength(borderOf('ru-cn'), { units: 'kilometers' });
    expect(km).toBeGreaterThan(OFFICIAL_RU_CN_KM * 0.8);
    expect(km).toBeLessThan(OFFICIAL_RU_CN_KM * 1.05);
  });

  it('ru-cn includes the Altai section (west of lon 90) and the eastern section up to the Tumen', () => {
    const lines = borderOf('ru-cn').geometry.coordinates;
    const altai = lines.filter((l) => l.every((p) => (p[0] ?? 0) < 90));
    expect(altai).toHaveLength(1);
    const altaiKm = turfLength(lineString(altai[0] ?? []), { units: 'kilometers' });
    expect(altaiKm).toBeGreaterThan(30);
    expect(altaiKm).toBeLessThan(70);
    const lons = lines.flat().map((p) => p[0] ?? NaN);
    expect(Math.min(...lons)).toBeLessThan(88);
    expect(Math.max(...lons)).toBeGreaterThan(134.5); // Kazakevichevo / Bolshoy Ussuriysky
  });

  it('ru-kp length is tens of km, not hundreds, and matches the lowest stretch of the Tumen (15–20 km)', () => {
    const km = turfLength(borderOf('ru-kp'), { units: 'kilometers' });
    expect(km).toBeGreaterThan(10);
    expect(km).toBeLessThan(35);
    expect(km).toBeGreaterThanOrEqual(15);
    expect(km).toBeLessThanOrEqual(20);
  });

  it('ru-kp passes within 2 km of the Korea–Russia Friendship Bridge', () => {
    expect(distanceKm(FRIENDSHIP_BRIDGE, borderOf('ru-kp').geometry)).toBeLessThan(2);
  });

  it('ru-cn passes within 3 km of the Nizhneleninskoye–Tongjiang railway bridge', () => {
    expect(distanceKm(TONGJIANG_RAIL_BRIDGE, borderOf('ru-cn').geometry)).toBeLessThan(3);
  });

  it('ru-kp meets ru-cn at the tripoint', () => {
    const kp = borderOf('ru-kp').geometry.coordinates.flat();
    const cn = borderOf('ru-cn').geometry.coordinates.flat();
    const shared = kp.filter((p) => cn.some((q) => q[0] === p[0] && q[1] === p[1]));
    expect(shared).toHaveLength(1);
  });
});

describe('region.geojson', () => {
  it('every coordinate is inside the region bbox and rounded to 4 decimals', () => {
    for (const f of region.features) {
      for (const p of allPositions(f.geometry)) {
        expect(inBBox(p)).toBe(true);
        for (const v of p) expect(Math.round(v * 1e4) / 1e4).toBe(v);
      }
    }
  }, 60_000);

  it('has every layer', () => {
    const layers = new Set(region.features.map((f) => f.properties.layer));
    // No separate coast layer: the coast is the edge of the land polygons (the sea is cut out of the countries).
    for (const l of ['country', 'lake', 'river', 'border', 'label']) expect(layers.has(l)).toBe(true);
  });

  it('draws ru-cn and ru-kp from borders.geojson only (no copy in the region file) and the other land borders', () => {
    expect(regionFeature((p) => p.layer === 'border' && p.kind === 'ru-cn')).toBeUndefined();
    expect(regionFeature((p) => p.layer === 'border' && p.kind === 'ru-kp')).toBeUndefined();
    const all = borderOf('ru-cn').geometry.coordinates.flat();
    expect(all.every(inBBox)).toBe(true); // the whole border lies in the region
    expect(
      regionFeature((p) => p.layer === 'border' && p.kind === 'other' && p.pair === '156-496'),
    ).toBeDefined();
  });

  it.each(['Blagoveshchensk', 'Heihe', 'Vladivostok'])(
    'has a GeoNames town label for %s inside the bbox',
    (name) => {
      const f = townLabel(name);
      expect(f.geometry.type).toBe('Point');
      expect(f.properties.source).toBe('GeoNames');
      expect(typeof f.properties.geonameid).toBe('number');
      expect(inBBox(allPositions(f.geometry)[0] ?? [])).toBe(true);
    },
  );

  it('Blagoveshchensk is in Russia and Heihe in China, on either side of the Amur border', () => {
    const blag = allPositions(townLabel('Blagoveshchensk').geometry)[0] ?? [];
    const heihe = allPositions(townLabel('Heihe').geometry)[0] ?? [];
    expect(booleanPointInPolygon(blag, country('643'))).toBe(true);
    expect(booleanPointInPolygon(heihe, country('156'))).toBe(true);
    expect(distanceKm(blag, borderOf('ru-cn').geometry)).toBeLessThan(5);
    expect(distanceKm(heihe, borderOf('ru-cn').geometry)).toBeLessThan(5);
  });

  it('has the Amur river, passing Blagoveshchensk and Khabarovsk', () => {
    // Drawn as two features: along the border (border: true) and Natural Earth's own course elsewhere.
    const parts = region.features.filter(
      (f) => f.properties.layer === 'river' && f.properties.name === 'Amur',
    );
    expect(parts.map((f) => f.geometry.type)).toEqual(['MultiLineString', 'MultiLineString']);
    const g: MultiLineString = {
      type: 'MultiLineString',
      coordinates: parts.flatMap((f) => (f.geometry as MultiLineString).coordinates),
    };
    expect(distanceKm(allPositions(townLabel('Blagoveshchensk').geometry)[0] ?? [], g)).toBeLessThan(10);
    expect(distanceKm(allPositions(townLabel('Khabarovsk').geometry)[0] ?? [], g)).toBeLessThan(10);
  });

  it('has Lake Khanka, crossed by the ru-cn border', () => {
    const lake = regionFeature((p) => p.layer === 'lake' && p.name === 'Lake Khanka') as
      Feature<Polygon | MultiPolygon, Props> | undefined;
    expect(lake).toBeDefined();
    if (!lake) return;
    const outline = polygonToLine(lake);
    const hits = borderOf('ru-cn').geometry.coordinates.reduce(
      (n, line) => n + lineIntersect(lineString(line), outline).features.length,
      0,
    );
    expect(hits).toBeGreaterThanOrEqual(2);
  });

  it('has the Ussuri: labelled on the ru-cn border, where it is drawn along the border', () => {
    const label = regionFeature((p) => p.layer === 'label' && p.class === 'water' && p.name_en === 'Ussuri');
    expect(label).toBeDefined();
    const p = allPositions(label?.geometry ?? { type: 'Point', coordinates: [] })[0] ?? [];
    expect(distanceKm(p, borderOf('ru-cn').geometry)).toBeLessThan(0.01);
    expect(p[1]).toBeGreaterThan(45.3);
    expect(p[1]).toBeLessThan(48.3);
  });

  it('has water labels on their geometry for Amur, Argun, Tumen and Lake Khanka', () => {
    for (const name of ['Amur', 'Argun']) {
      const label = regionFeature((p) => p.layer === 'label' && p.name_en === name);
      const river = regionFeature((p) => p.layer === 'river' && p.name === name);
      expect(
        distanceKm(
          allPositions(label?.geometry ?? { type: 'Point', coordinates: [] })[0] ?? [],
          river?.geometry as MultiLineString,
        ),
      ).toBeLessThan(0.01);
    }
    const tumen = regionFeature((p) => p.layer === 'label' && p.name_en === 'Tumen');
    expect(
      distanceKm(
        allPositions(tumen?.geometry ?? { type: 'Point', coordinates: [] })[0] ?? [],
        borderOf('ru-kp').geometry,
      ),
    ).toBeLessThan(0.01);
    const khankaLabel = regionFeature((p) => p.layer === 'label' && p.name_en === 'Lake Khanka');
    const khanka = regionFeature((p) => p.layer === 'lake' && p.name === 'Lake Khanka') as Feature<
      Polygon | MultiPolygon,
      Props
    >;
    expect(
      booleanPointInPolygon(
        allPositions(khankaLabel?.geometry ?? { type: 'Point', coordinates: [] })[0] ?? [],
        khanka,
      ),
    ).toBe(true);
  });

  it('country labels fall inside their own country', () => {
    for (const iso of ['643', '156', '408', '496']) {
      const label = regionFeature((p) => p.layer === 'label' && p.class === 'country' && p.iso === iso);
      const p = allPositions(label?.geometry ?? { type: 'Point', coordinates: [] })[0] ?? [];
      expect(booleanPointInPolygon(p, country(iso))).toBe(true);
    }
  });
});

describe('world.geojson', () => {
  it('covers the whole world at 1:110m with {iso, name}, including the Russian Arctic and Kola', () => {
    expect(world.features.length).toBeGreaterThan(150);
    const russia = world.features.find((f) => f.properties.iso === '643');
    expect(russia?.properties.name).toBe('Russia');
    const g = russia as Feature<Polygon | MultiPolygon, Props>;
    expect(booleanPointInPolygon(LOVOZERO, g)).toBe(true);
    const lats = allPositions(g.geometry).map((p) => p[1] ?? NaN);
    expect(Math.max(...lats)).toBeGreaterThan(77);
  });
});
