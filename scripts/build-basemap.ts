/**
 * Build the offline basemap in public/basemap/ (npm run basemap). Inputs: two OpenStreetMap-derived packages fetched
 * by `npm pack` into .cache/basemap (see scripts/basemap/config.ts), the committed Natural Earth 1:10m water extract,
 * world-atlas (Natural Earth 1:110m) and GeoNames cities500 (fetched like the OSM packages). Outputs (deterministic):
 *
 *   borders.geojson        RU–CN and RU–KP border lines, full length (drawn at every zoom)
 *   region.geojson         first view: land, water, other borders, labels (lon 84..146, lat 36..58)
 *   region-detail.geojson  from zoom 8, the eastern border's area at full detail (loaded when first needed)
 *   world.geojson          Natural Earth 1:110m outside the region
 *   ATTRIBUTION.md         sources, licences, rules, measurements
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Feature, Position } from 'geojson';
import { attribution } from './basemap/attribution.js';
import { joinLines, ruKpLine, sharedEnd } from './basemap/borders.js';
import {
  DECIMALS,
  DETAIL_BBOX,
  GEONAMES_PACKAGE,
  ISO,
  OSM_PACKAGES,
  REGION_BBOX,
  SIMPLIFY_SIDE_M,
} from './basemap/config.js';
import { countryLabels, waterLabels } from './basemap/labels.js';
import { countryFeatures, maskFeature, otherBorders, serialize, type OutFeature } from './basemap/layers.js';
import { deviation, distanceKm, lengthKm } from './basemap/measure.js';
import {
  checkVersions,
  featureAnchors,
  fetchPackage,
  loadCities,
  loadCountries,
  loadNeWater,
  loadSeas,
} from './basemap/sources.js';
import {
  allBorders,
  borderBetween,
  buildTopology,
  countriesOf,
  landCountries,
  simplified,
  snapCountries,
} from './basemap/topo.js';
import { townLabels } from './basemap/towns.js';
import { buildWater } from './basemap/water.js';
import { snapLakesToBorders, type ShoreSnap } from './basemap/lake-snap.js';
import { buildWorld } from './basemap/world.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'public', 'basemap');
/** Boundary marker 423 (CN–KP–RU tripoint), 42°25′10.2″N 130°38′17.7″E. */
const MARKER_423: Position = [130 + 38 / 60 + 17.7 / 3600, 42 + 25 / 60 + 10.2 / 3600];
const SOURCE = `OpenStreetMap contributors (ODbL) via ${OSM_PACKAGES.countries.name} ${OSM_PACKAGES.countries.version}`;

const log = (s = ''): void => console.error(s);
const round1 = (x: number): number => Math.round(x * 10) / 10;

function main(): void {
  checkVersions();
  const countries = loadCountries(fetchPackage(ROOT, OSM_PACKAGES.countries));
  const sea = loadSeas(fetchPackage(ROOT, OSM_PACKAGES.seas));
  log('snapping borders, cutting the sea …');
  const snapped = snapCountries(countries);
  const maritime = buildTopology(snapped);
  const topo = buildTopology(landCountries(snapped, sea));

  // --- the two main borders, at the source's detail and as drawn ---
  const mainLines = (
    t: typeof topo,
    decimals: number,
  ): { cn: Position[][]; kp: Position[]; tripoint: Position } => {
    const cn = joinLines(borderBetween(t, ISO.russia, ISO.china, decimals));
    const kpLand = borderBetween(t, ISO.russia, ISO.northKorea, decimals);
    const tripoint = sharedEnd(cn, kpLand);
    if (!tripoint) throw new Error('RU–CN and RU–KP do not meet');
    const kp = ruKpLine(
      kpLand,
      borderBetween(maritime, ISO.russia, ISO.northKorea, 7),
      tripoint,
      sea,
      decimals,
    );
    return { cn: [...cn].sort((a, b) => (a[0]?.[0] as number) - (b[0]?.[0] as number)), kp, tripoint };
  };
  const source = mainLines(topo, 7);
  const drawnTopo = simplified(topo, SIMPLIFY_SIDE_M.borders);
  const drawn = mainLines(drawnTopo, DECIMALS.borders);
  const measures = {
    ruCnKm: round1(lengthKm(drawn.cn)),
    ruKpKm: round1(lengthKm([drawn.kp])),
    sourceRuCnKm: round1(lengthKm(source.cn)),
    sourceRuKpKm: round1(lengthKm([source.kp])),
    tripoint: drawn.tripoint,
    tripointTo423Km: distanceKm(drawn.tripoint, MARKER_423),
    ruCn: deviation(source.cn, drawn.cn),
    ruKp: deviation([source.kp], [drawn.kp]),
  };
  const borders: Feature[] = [
    {
      type: 'Feature',
      properties: { kind: 'ru-cn', lengthKm: measures.ruCnKm, source: SOURCE },
      geometry: { type: 'MultiLineString', coordinates: drawn.cn },
    },
    {
      type: 'Feature',
      properties: { kind: 'ru-kp', lengthKm: measures.ruKpKm, source: SOURCE },
      geometry: { type: 'MultiLineString', coordinates: [drawn.kp] },
    },
  ];
  // The reference the unit tests measure borders.geojson against: the source border, unsimplified.
  const reference: Feature[] = [
    {
      type: 'Feature',
      properties: { kind: 'ru-cn' },
      geometry: { type: 'MultiLineString', coordinates: source.cn },
    },
    {
      type: 'Feature',
      properties: { kind: 'ru-kp' },
      geometry: { type: 'MultiLineString', coordinates: [source.kp] },
    },
  ];
  const borderLines = { 'ru-cn': drawn.cn, 'ru-kp': [drawn.kp] };

  // --- first view ---
  const ne = loadNeWater(ROOT);
  const lowTopo = simplified(topo, SIMPLIFY_SIDE_M.low);
  const lowLand = countriesOf(lowTopo, DECIMALS.low);
  const allBorderLines = [...drawn.cn, drawn.kp];
  const shoreSnaps: ShoreSnap[] = [];
  const snapLakes = (
    water: ReturnType<typeof buildWater>,
    decimals: number,
  ): ReturnType<typeof buildWater> => {
    const r = snapLakesToBorders(water, allBorderLines, decimals);
    shoreSnaps.push(...r.snaps);
    return r.water;
  };
  const lowWater = snapLakes(
    buildWater(ne, borderLines, {
      bbox: REGION_BBOX,
      decimals: DECIMALS.low,
      tolerance: 0.008,
      maxScalerank: 8,
    }),
    DECIMALS.low,
  );
  const towns = townLabels(loadCities(fetchPackage(ROOT, GEONAMES_PACKAGE)), featureAnchors());
  const region: OutFeature[] = [
    ...countryFeatures(lowLand, REGION_BBOX, DECIMALS.low),
    ...(lowWater as OutFeature[]),
    ...otherBorders(allBorders(lowTopo, DECIMALS.low), REGION_BBOX),
    ...(countryLabels(lowLand) as OutFeature[]),
    ...(waterLabels(lowWater) as OutFeature[]),
    ...(towns.labels as OutFeature[]),
  ];

  // --- detail, from zoom 8 ---
  const detailTopo = simplified(topo, SIMPLIFY_SIDE_M.detail);
  const detailLand = countriesOf(detailTopo, DECIMALS.detail);
  const detail: OutFeature[] = [
    maskFeature(DETAIL_BBOX),
    ...countryFeatures(detailLand, DETAIL_BBOX, DECIMALS.detail),
    ...(snapLakes(
      buildWater(ne, borderLines, {
        bbox: DETAIL_BBOX,
        decimals: DECIMALS.detail,
        tolerance: 0,
        maxScalerank: 10,
      }),
      DECIMALS.detail,
    ) as OutFeature[]),
    ...otherBorders(allBorders(detailTopo, DECIMALS.detail), DETAIL_BBOX),
  ];

  mkdirSync(OUT, { recursive: true });
  const files: [string, string][] = [
    ['borders.geojson', serialize(borders)],
    ['region.geojson', serialize(region)],
    ['region-detail.geojson', serialize(detail)],
    ['world.geojson', serialize(buildWorld())],
  ];
  const sizes = files.map(([name, text]) => {
    writeFileSync(path.join(OUT, name), text);
    return { name, raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
  });
  const refText = serialize(reference);
  writeFileSync(
    path.join(ROOT, 'scripts', 'basemap', 'data', 'osm-border-reference.geojson.gz'),
    gzipSync(refText, { level: 9 }),
  );
  writeFileSync(
    path.join(OUT, 'ATTRIBUTION.md'),
    attribution({ measures, sizes, towns: towns.rows, missing: towns.missing, shoreSnaps }),
  );

  log('file                      raw bytes   gzip bytes');
  for (const s of sizes)
    log(`${s.name.padEnd(24)} ${String(s.raw).padStart(10)} ${String(s.gzip).padStart(12)}`);
  log(JSON.stringify(measures, null, 1));
  for (const m of towns.missing) log(`missing town: ${m}`);
  for (const x of shoreSnaps)
    log(`lake shore snapped: ${x.lake} at ${x.shore.join(', ')} (NE's shore ${x.movedKm.toFixed(3)} km off)`);
  log(`town labels: ${towns.rows.length}`);
}

main();
