/**
 * Writes the committed Natural Earth 1:10m extract (scripts/basemap/data/ne10m-water.geojson) from the unpacked
 * archives ne_10m_rivers_lake_centerlines.7z and ne_10m_lakes.7z (see scripts/basemap/data/README.md):
 *
 *   npx tsx scripts/basemap/extract-ne.ts DIR     (DIR holds the two unpacked .json files)
 *
 * Run by hand when the extract is to change; the basemap build reads only the extract.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import bboxClip from '@turf/bbox-clip';
import truncate from '@turf/truncate';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { NE_EXTRACT, REGION_BBOX } from './config.js';

type NeProps = { name: string | null; scalerank: number; featurecla: string };

const dir = process.argv[2];
if (!dir) throw new Error('usage: extract-ne.ts DIR');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function read(file: string): FeatureCollection<Geometry | null, NeProps> {
  return JSON.parse(readFileSync(path.join(dir as string, file), 'utf8')) as FeatureCollection<
    Geometry | null,
    NeProps
  >;
}

const out: Feature[] = [];
for (const [file, kind] of [
  ['ne_10m_rivers_lake_centerlines.json', 'river'],
  ['ne_10m_lakes.json', 'lake'],
] as const) {
  for (const f of read(file).features) {
    if (!f.geometry) continue;
    const clipped = bboxClip(f as unknown as Feature<never>, REGION_BBOX);
    const coords = clipped.geometry.coordinates as unknown[];
    const flat = JSON.stringify(coords);
    if (!/\d/.test(flat)) continue;
    const g = truncate(clipped, { precision: 5, coordinates: 2 }).geometry as Geometry;
    out.push({
      type: 'Feature',
      properties: {
        kind,
        name: f.properties.name,
        scalerank: f.properties.scalerank,
        featurecla: f.properties.featurecla,
      },
      geometry: g,
    });
  }
}
out.sort((a, b) => JSON.stringify(a.properties).localeCompare(JSON.stringify(b.properties)));
const text = `{"type":"FeatureCollection","features":[\n${out.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
writeFileSync(path.join(root, NE_EXTRACT), text);
console.log(`${out.length} features written to ${NE_EXTRACT}`);
