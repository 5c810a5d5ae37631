// The data check finds each kind of problem and names the file, the feature and the field.
import { describe, expect, it } from 'vitest';
import { checkDataset, placementRadiusM } from '../../src/data/check-dataset';
import type { BorderLine } from '../../src/domain/geometry';
import { rawFeature } from '../fixtures/make-feature';

// A straight north–south "border" along lon 130.64 near the Tumen, for geometry checks.
const borders: BorderLine[] = [
  {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [130.64, 42.3],
        [130.64, 42.5],
      ],
    },
    properties: { kind: 'ru-kp' },
  },
  {
    type: 'Feature',
    geometry: {
      type: 'LineString',
      coordinates: [
        [131.0, 44.0],
        [131.0, 45.0],
      ],
    },
    properties: { kind: 'ru-cn' },
  },
];
const TODAY = '2026-11-26';

function fc(...features: unknown[]) {
  return { type: 'FeatureCollection', features };
}
function check(...features: unknown[]) {
  return checkDataset([{ name: 'test.geojson', json: fc(...features) }], borders, TODAY).errors;
}
function at(id: string, coords: [number, number], props: Record<string, unknown> = {}) {
  return { ...rawFeature(id, props), geometry: { type: 'Point', coordinates: coords } };
}

describe('checkDataset', () => {
  it('accepts a good feature', () => {
    expect(check(at('good', [131.0, 44.5]))).toEqual([]);
  });

  it('reports schema errors with file, id and field', () => {
    const errors = check(at('bad-status', [131.0, 44.5], { status: 'finished' }));
    expect(errors[0]).toMatchObject({
      file: 'test.geojson',
      featureId: 'bad-status',
      field: 'properties.status',
    });
  });

  it('reports duplicate ids across files', () => {
    const errors = checkDataset(
      [
        { name: 'a.geojson', json: fc(at('same', [131.0, 44.5])) },
        { name: 'b.geojson', json: fc(at('same', [131.0, 44.6])) },
      ],
      borders,
      TODAY,
    ).errors;
    expect(errors).toEqual([expect.objectContaining({ file: 'b.geojson', featureId: 'same', field: 'id' })]);
  });

  it('catches swapped longitude and latitude', () => {
    // Out of range once swapped: the schema catches it.
    expect(check(at('swapped', [44.5, 131.0])).some((e) => e.field.startsWith('geometry.coordinates'))).toBe(
      true,
    );
    // In range but outside the mapped region (Lovozero's [34.67, 67.85] swapped): the region check catches it.
    const errors = check(at('swapped-in-range', [67.85, 34.67], { kind: 'deposit', border: undefined }));
    expect(errors.find((e) => e.field === 'geometry.coordinates')?.message).toMatch(/swapped/);
  });

  it('catches a crossing too far from its border for its radius', () => {
    const errors = check(at('far', [131.3, 44.5]));
    expect(errors).toEqual([expect.objectContaining({ featureId: 'far', field: 'geometry' })]);
    expect(errors[0]?.message).toMatch(/km from the Russia–China border/);
  });

  it('adds the border line accuracy to the radius, and a caller can set a tighter one', () => {
    // About 1.6 km east of the line at lon 131.0: inside 200 m + the default 2 km, outside 200 m + 500 m.
    const near = at('near', [131.02, 44.5]);
    const run = (borderAccuracyM?: number) =>
      checkDataset([{ name: 'test.geojson', json: fc(near) }], borders, TODAY, { borderAccuracyM }).errors;
    expect(run()).toEqual([]);
    expect(run(500)).toEqual([expect.objectContaining({ featureId: 'near', field: 'geometry' })]);
    expect(run(500)[0]?.message).toMatch(/its stated radius allows 0\.7 km/);
  });

  it('checks a North Korea crossing against the Russia–North Korea line', () => {
    expect(check(at('kp-ok', [130.641, 42.4], { border: 'kp' }))).toEqual([]);
    expect(check(at('kp-far', [131.0, 44.5], { border: 'kp' })).length).toBe(1);
  });

  it('requires an opening date in the past for operational features', () => {
    expect(check(at('no-opened', [131.0, 44.5], { opened: undefined }))[0]?.field).toBe('opened');
    expect(check(at('future', [131.0, 44.5], { opened: '2027' }))[0]?.message).toMatch(/future/);
  });

  it('requires a target or "none-announced" for unbuilt features', () => {
    const errors = check(at('no-target', [131.0, 44.5], { status: 'planned', opened: undefined }));
    expect(errors[0]).toMatchObject({ field: 'target' });
    expect(
      check(
        at('explicit', [131.0, 44.5], { status: 'planned', opened: undefined, target: 'none-announced' }),
      ),
    ).toEqual([]);
  });

  it('rejects non-http source links', () => {
    const errors = check(
      at('js-link', [131.0, 44.5], { sources: [{ url: 'javascript:alert(1)', title: 't', publisher: 'p' }] }),
    );
    expect(errors.map((e) => e.field)).toContain('sources.0.url');
  });

  it('rejects two features of one kind at one exact place', () => {
    const errors = check(at('one', [131.0, 44.5]), at('two', [131.0001, 44.5]));
    expect(errors).toEqual([expect.objectContaining({ featureId: 'two', field: 'geometry' })]);
  });

  it('checks that a rule-placed point sits at the nearest border point of its anchor', () => {
    const location = {
      precision: 'estimated',
      radiusM: 25_000,
      note: 'Nearest border point to the anchor.',
      rule: 'nearest-border-point',
      anchor: { name: 'Somewhere', lon: 131.2, lat: 44.5, source: 'GeoNames' },
    };
    expect(check(at('placed', [131.0, 44.5], { location }))).toEqual([]);
    expect(check(at('drifted', [131.0, 44.7], { location }))[0]?.message).toMatch(/npm run place/);
  });

  it('sets the placement radius from the anchor distance, at least 3 km', () => {
    expect(placementRadiusM(100)).toBe(3000);
    expect(placementRadiusM(12_345)).toBe(12_500);
  });
});
