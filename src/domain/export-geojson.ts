// GeoJSON export of the filtered features: the features as the data holds them (so the file re-imports into
// `npm run check:geo`), with a note of where and when it came from.
import type { MapFeature } from './schema';

export interface ExportMeta {
  /** The permalink of the view the export was made from. */
  url: string;
  /** yyyy-mm-dd */
  date: string;
}

export function featuresToGeoJson(features: readonly MapFeature[], meta: ExportMeta): string {
  const collection = {
    type: 'FeatureCollection',
    // A foreign member (RFC 7946 §6.1): readers ignore it, the data check does not read it.
    exported: { from: meta.url, date: meta.date, title: 'Border Logistics Map' },
    features: features.map((f) => ({
      type: 'Feature',
      id: f.id,
      geometry: f.geometry,
      properties: f.properties,
    })),
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
