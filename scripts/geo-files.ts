// Reads geo/*.geojson and the bundled border lines from disk (for the build-time scripts and data tests).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BorderLine } from '../src/domain/geometry';
import type { InputFile } from '../src/data/check-dataset';

export const ROOT = join(import.meta.dirname, '..');
export const GEO_DIR = join(ROOT, 'geo');
export const BORDERS_FILE = join(ROOT, 'public', 'basemap', 'borders.geojson');

export function readGeoFiles(dir = GEO_DIR): InputFile[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.geojson'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (e) {
        json = { parseError: e instanceof Error ? e.message : String(e) };
      }
      return { name, json };
    });
}

export function readBorders(file = BORDERS_FILE): BorderLine[] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as { features: BorderLine[] };
  return fc.features.filter((f) => f.properties.kind === 'ru-cn' || f.properties.kind === 'ru-kp');
}
