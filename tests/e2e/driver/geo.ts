// The tests' oracle: the features of geo/*.geojson read from disk, independently of the app's code, and the year
// rule written out again, so that what the app shows is checked against the data and not against itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const GEO_DIR = join(import.meta.dirname, '..', '..', '..', 'geo');

/** One feature of geo/*.geojson, as the tests' oracle reads it. */
export interface GeoFeature {
  id: string;
  kind: string;
  status: string;
  border: string | null;
  opened: string | null;
  /** inOperationBy.date: the opening date is unknown, it worked by then. */
  inOperationBy: string | null;
  target: string | null;
  closed: string | null;
  name: { en: string; ru?: string; zh?: string; ko?: string };
  /** [lon, lat] of a point feature; the first vertex of a line. */
  position: [number, number];
  geometryType: string;
}

/** Every feature in geo/*.geojson (the app's bundled data), read from disk. */
export function geoFeatures(): GeoFeature[] {
  const out: GeoFeature[] = [];
  for (const file of readdirSync(GEO_DIR)
    .filter((f) => f.endsWith('.geojson'))
    .sort()) {
    const collection = JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as {
      features?: {
        id?: string;
        geometry: { type: string; coordinates: unknown };
        properties: Record<string, unknown> & { name?: GeoFeature['name'] };
      }[];
    };
    for (const f of collection.features ?? []) {
      const p = f.properties;
      if (typeof f.id !== 'string' || !p.name) continue;
      const c = f.geometry.coordinates as number[] | number[][];
      const first = (Array.isArray(c[0]) ? c[0] : c) as number[];
      const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : null);
      out.push({
        id: f.id,
        kind: String(p.kind),
        status: String(p.status),
        border: text('border'),
        opened: text('opened'),
        inOperationBy:
          typeof p.inOperationBy === 'object' && p.inOperationBy !== null
            ? String((p.inOperationBy as { date?: unknown }).date)
            : null,
        target: text('target'),
        closed: text('closed'),
        name: p.name,
        position: [first[0] ?? 0, first[1] ?? 0],
        geometryType: f.geometry.type,
      });
    }
  }
  return out;
}

/** The feature with this id in geo/ (throws when the data has no such feature). */
export function geoFeature(id: string): GeoFeature {
  const f = geoFeatures().find((x) => x.id === id);
  if (!f) throw new Error(`geo/ has no feature ${id}`);
  return f;
}

/** The year of an ISO-like date ("2022", "2022-08", "2022-08-09"), or null. */
export const yearOf = (d: string | null): number | null =>
  d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : null;

/**
 * The issue's year rule, written out independently: opened (or, opening date unknown, in operation; or currently
 * due) by 31 Dec of `year`, not closed by then.
 */
export function standsOrIsDueBy(f: GeoFeature, year: number): boolean {
  const from = yearOf(f.opened) ?? yearOf(f.inOperationBy) ?? yearOf(f.target);
  const until = yearOf(f.closed);
  return from !== null && from <= year && (until === null || until > year);
}

/** Sorted ids of the features that stand or are due by the end of `year`. */
export const idsStandingBy = (year: number, features: GeoFeature[] = geoFeatures()): string[] =>
  features
    .filter((f) => standsOrIsDueBy(f, year))
    .map((f) => f.id)
    .sort();

/** The features of one geo/ file, as stored on disk: { id, name.en, kind }. */
export function geoFileFeatures(file: string): { id: string; name: string; kind: string }[] {
  const json = JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as {
    features: { id: string; properties: { name: { en: string }; kind: string } }[];
  };
  return json.features.map((f) => ({ id: f.id, name: f.properties.name.en, kind: f.properties.kind }));
}
