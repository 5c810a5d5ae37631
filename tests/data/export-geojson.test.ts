import { describe, expect, it } from 'vitest';
import { featuresToGeoJson } from '../../src/domain/export-geojson';
import { checkDataset } from '../../src/data/check-dataset';
import { readBorders, readGeoFiles } from '../../scripts/geo-files';
import { FEATURES } from '../fixtures/features';

const META = { url: 'https://example.org/?year=2026', date: '2026-12-01' };

describe('featuresToGeoJson', () => {
  it('writes a FeatureCollection of the given features with ids at both levels', () => {
    const json = JSON.parse(featuresToGeoJson(FEATURES, META)) as {
      type: string;
      exported: { from: string; date: string };
      features: { id: string; type: string; properties: { id: string } }[];
    };
    expect(json.type).toBe('FeatureCollection');
    expect(json.exported).toMatchObject({ from: META.url, date: META.date });
    expect(json.features.map((f) => f.id)).toEqual(FEATURES.map((f) => f.id));
    for (const f of json.features) expect(f.properties.id).toBe(f.id);
  });

  it('re-imports into the data check (check:geo) without errors', () => {
    // The real dataset: every file's valid features, exported in halves as the app would after filtering.
    const features = checkDataset(readGeoFiles(), readBorders(), '2026-12-01').features.map((f) => f.feature);
    const subset = features.filter((_, i) => i % 2 === 0);
    const json: unknown = JSON.parse(featuresToGeoJson(subset, META));
    const { errors, features: valid } = checkDataset(
      [{ name: 'export.geojson', json }],
      readBorders(),
      '2026-12-01',
    );
    expect(errors).toEqual([]);
    expect(valid).toHaveLength(subset.length);
  });
});
