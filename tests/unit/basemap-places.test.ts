// @vitest-environment node
/**
 * The committed basemap (public/basemap/*) where people look at a crossing: the towns on both sides of each
 * crossing (GeoNames cities500, in four languages), the water around Bolshoy Ussuriysky, and Lake Khanka's shore
 * meeting the border.
 */
import {
  booleanPointInPolygon,
  destination,
  distance,
  lineIntersect,
  lineString,
  point,
  pointToLineDistance,
  polygonToLine,
} from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { borderLines, readBasemap } from '../fixtures/basemap-files';
import type { BasemapCollection as FC, BasemapProps as Props } from '../fixtures/basemap-files';
import { featureAnchors } from '../../scripts/basemap/sources';

const region = readBasemap('region.geojson');
const detail = readBasemap('region-detail.geojson');
const borders = readBasemap('borders.geojson');
const anchors = featureAnchors();

const ruCn = (): Position[][] => borderLines(borders, 'ru-cn');

const towns = region.features.filter((f) => f.properties.layer === 'label' && f.properties.class === 'town');
const town = (label: string): Feature<Geometry, Props> | undefined =>
  towns.find((f) => f.properties.name_en === label);
const position = (f: Feature<Geometry, Props>): Position =>
  f.geometry.type === 'Point' ? f.geometry.coordinates : [];

describe('town labels at the crossings (GeoNames cities500)', () => {
  // [label, crossing in geo/, km from it]: both sides where GeoNames has the town (ATTRIBUTION.md lists the misses).
  it.each([
    ['Khasan', 'korea-russia-friendship-bridge', 3],
    ['Kraskino', 'kraskino-hunchun-road', 30],
    ['Hunchun', 'kraskino-hunchun-road', 20],
    ['Zabaykalsk', 'zabaikalsk-manzhouli-rail', 10],
    ['Manzhouli', 'zabaikalsk-manzhouli-rail', 10],
    // The rail crossing is placed where the line meets the border; the station town lies about 15 km east of it.
    ['Pogranichny (Grodekovo)', 'grodekovo-suifenhe-rail', 18],
    ['Suifenhe', 'pogranichny-suifenhe-road', 10],
    ['Blagoveshchensk', 'blagoveshchensk-heihe-river', 3],
    ['Heihe', 'blagoveshchensk-heihe-river', 10],
    ['Poyarkovo', 'poyarkovo-xunke', 3],
    ['Xunke', 'poyarkovo-xunke', 20],
    ['Konstantinovka', 'konstantinovka-sunwu', 3],
    ['Amurzet', 'amurzet-luobei', 3],
    ['Mingshan', 'amurzet-luobei', 5],
    ['Leninskoye', 'nizhneleninskoye-tongjiang-river', 10],
    ['Raohe', 'pokrovka-raohe', 10],
    ['Dongning', 'poltavka-dongning-road', 20],
    ['Huma', 'ushakovo-huma', 3],
    ['Shiwei', 'olochi-shiwei-road-bridge', 5],
    ['Priargunsk', 'priargunsk-hailar-rail', 5],
  ] as const)('%s is labelled by %s, within %d km, from zoom 8 at the latest', (label, near, km) => {
    const f = town(label);
    expect(f, label).toBeDefined();
    if (!f) return;
    const anchor = anchors.get(near);
    expect(anchor).toBeDefined();
    expect(distance(position(f), anchor as Position)).toBeLessThan(km);
    expect(f.properties.minzoom as number).toBeLessThanOrEqual(8);
    expect(f.properties.source).toBe('GeoNames');
    expect(typeof f.properties.geonameid).toBe('number');
  });

  it('Khasan is the GeoNames record 2022586 (42.42387 N 130.65156 E), named in Russian', () => {
    const f = town('Khasan');
    expect(f?.properties.geonameid).toBe(2022586);
    expect(position(f as Feature<Geometry, Props>)).toEqual([130.6516, 42.4239]);
    expect(f?.properties.name_ru).toBe('Хасан');
  });

  it('names follow the UI language where GeoNames has them (ru, zh, ko), English otherwise', () => {
    expect(town('Suifenhe')?.properties.name_zh).toBe('绥芬河');
    expect(town('Heihe')?.properties.name_zh).toBe('黑河');
    expect(town('Blagoveshchensk')?.properties.name_ru).toBe('Благовещенск');
    expect(town('Rajin (Rason)')?.properties.name_ko).toBe('라진');
    expect(town('Zabaykalsk')?.properties.name_ru).toBe('Забайкальск');
    // No Korean name in GeoNames for Zabaykalsk: the label falls back to name_en (no empty or null key).
    expect(town('Zabaykalsk')?.properties).not.toHaveProperty('name_ko');
    for (const f of towns) expect(typeof f.properties.name_en).toBe('string');
  });

  it('no town is labelled at a namesake far from its crossing (Tongjiang, Pokrovka)', () => {
    // GeoNames' only Tongjiang lies 490 km from the crossing, its only Pokrovka near Ussuriysk: neither is drawn.
    expect(town('Tongjiang')).toBeUndefined();
    expect(town('Pokrovka')).toBeUndefined();
    for (const f of towns.filter((x) => typeof x.properties.near === 'string')) {
      const anchor = anchors.get(f.properties.near as string) as Position;
      expect(distance(position(f), anchor), String(f.properties.name_en)).toBeLessThan(140);
    }
  });
});

/** The river lines of a file, as one list. */
const rivers = (fc: FC): Position[][] =>
  fc.features.flatMap((f) =>
    f.properties.layer === 'river' && f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [],
  );

describe('Bolshoy Ussuriysky (region-detail, zoom 8 and more)', () => {
  // A point in the island's Russian part, between the Amur (north), the Ussuri (east and south) and the land border.
  const inside: Position = [134.95, 48.39];

  it('the Russian part is enclosed by drawn rivers: a ray in each of 8 directions meets one within 15 km', () => {
    const water = rivers(detail).map((l) => lineString(l));
    for (let bearing = 0; bearing < 360; bearing += 45) {
      const ray = lineString([inside, destination(inside, 15, bearing).geometry.coordinates]);
      const hit = water.some((w) => lineIntersect(ray, w).features.length > 0);
      expect(hit, `bearing ${bearing}`).toBe(true);
    }
  });

  it('the Amur along the north shore meets the border where the border leaves the river', () => {
    const amur = detail.features.filter(
      (f) => f.properties.layer === 'river' && f.properties.name === 'Amur',
    );
    const own = amur.flatMap((f) =>
      f.properties.border === false && f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : [],
    );
    const toBorder = (p: Position): number =>
      Math.min(...ruCn().map((l) => pointToLineDistance(p, lineString(l))));
    const khabarovsk: Position = [135.05, 48.46];
    const meets = own.some((l) => {
      const ends = [l[0] as Position, l[l.length - 1] as Position];
      const nearIsland = ends.some((e) => distance(e, [134.77, 48.37]) < 3 && toBorder(e) < 0.05);
      return nearIsland && l.some((p) => distance(p, khabarovsk) < 2);
    });
    expect(meets).toBe(true);
  });
});

describe('Lake Khanka meets the border', () => {
  const TOLERANCE_KM = 0.02;
  it.each([
    ['region.geojson', region],
    ['region-detail.geojson', detail],
  ] as const)(
    '%s: where the border runs from the lake onto land, the shore is within 20 m of it',
    (_, fc) => {
      const lake = fc.features.find(
        (f) => f.properties.layer === 'lake' && f.properties.name === 'Lake Khanka',
      ) as Feature<Polygon | MultiPolygon, Props> | undefined;
      expect(lake).toBeDefined();
      if (!lake) return;
      const shore = polygonToLine(lake);
      const shoreLines = (shore.type === 'FeatureCollection' ? shore.features : [shore]).map((f) => f);
      const toShore = (p: Position): number =>
        Math.min(
          ...shoreLines.map((s) => pointToLineDistance(p, s as Parameters<typeof pointToLineDistance>[1])),
        );
      // The border's straight lines across the lake: the run of segments over 10 km with their middle in the lake;
      // its two outer ends are where the border runs onto land.
      const ends: Position[] = [];
      for (const l of ruCn()) {
        const across: number[] = [];
        for (let i = 0; i + 1 < l.length; i++) {
          const a = l[i] as Position;
          const b = l[i + 1] as Position;
          const mid: Position = [
            ((a[0] as number) + (b[0] as number)) / 2,
            ((a[1] as number) + (b[1] as number)) / 2,
          ];
          if (distance(a, b) > 10 && booleanPointInPolygon(point(mid), lake)) across.push(i);
        }
        if (across.length === 0) continue;
        const first = across[0] as number;
        const last = across[across.length - 1] as number;
        expect(last - first + 1).toBe(across.length); // one run
        ends.push(l[first] as Position, l[last + 1] as Position);
      }
      expect(ends).toHaveLength(2); // the west shore (Turiy Rog side) and the east shore (the Sungacha's outflow)
      for (const e of ends) expect(toShore(e)).toBeLessThan(TOLERANCE_KM);
    },
  );
});
