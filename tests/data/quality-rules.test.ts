// check:geo's data-quality rules (issue 11), one by one: each names the feature and field, errors fail the check,
// warnings (stale, capacity without a year) do not.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { dropUnsafeLinks } from '../../src/data/load-features';
import type { BorderLine } from '../../src/domain/geometry';
import { rawFeature } from '../fixtures/make-feature';

const borders: BorderLine[] = [
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
const TODAY = '2026-12-01';
const src = (published?: string) => ({ url: 'https://example.org/s', title: 'T', publisher: 'P', published });

function run(props: Record<string, unknown>, coords: [number, number] = [131.0, 44.5]) {
  const feature = { ...rawFeature('f', props), geometry: { type: 'Point', coordinates: coords } };
  return checkDataset(
    [{ name: 't.geojson', json: { type: 'FeatureCollection', features: [feature] } }],
    borders,
    TODAY,
  );
}
const fields = (issues: { field: string }[]) => issues.map((i) => i.field);
const waiting = { status: 'under-construction', opened: undefined, target: '2026-08' };

describe('the fixture', () => {
  it('passes every rule with no warning', () => {
    expect(run({})).toMatchObject({ errors: [], warnings: [] });
  });
});

describe('border distance', () => {
  it('fails a crossing farther from the border than its radius allows, and passes it with an honest radius', () => {
    // 0.1° of longitude at 44.5° N is about 7.9 km; radius 200 m + 2 km allowance.
    const far = run({}, [131.1, 44.5]);
    expect(far.errors).toEqual([expect.objectContaining({ featureId: 'f', field: 'geometry' })]);
    expect(far.errors[0]?.message).toMatch(/lies 7\.9 km .* allows 2\.2 km/);
    const honest = {
      precision: 'settlement',
      radiusM: 8000,
      note: 'Town centre.',
    };
    expect(run({ location: honest }, [131.1, 44.5]).errors).toEqual([]);
  });
});

describe('precision', () => {
  it('requires a coordinate source for exact and site points', () => {
    for (const precision of ['exact', 'site']) {
      const { errors } = run({ location: { precision, radiusM: 500, note: 'Somewhere.' } });
      expect(fields(errors)).toEqual(['location.coordinateSource']);
    }
    for (const precision of ['settlement', 'estimated'])
      expect(run({ location: { precision, radiusM: 500, note: 'Town.' } }).errors).toEqual([]);
  });
  it('checks the coordinate source index', () => {
    const location = {
      precision: 'site',
      radiusM: 500,
      note: 'x',
      coordinateSource: { source: 3, text: 'Wiki' },
    };
    expect(fields(run({ location }).errors)).toEqual(['properties.location.coordinateSource.source']);
  });
});

describe('overdue', () => {
  it('fails a passed target that nothing calls overdue', () => {
    const { errors } = run(waiting);
    expect(fields(errors)).toEqual(['target']);
    expect(errors[0]?.message).toMatch(/2026-08 has passed/);
  });
  it('passes once statusNote or a timeline event says so, or before the target passes', () => {
    expect(run({ ...waiting, statusNote: 'The August 2026 target is overdue.' }).errors).toEqual([]);
    const timeline = [
      { type: 'milestone', date: '2026-11-01', text: 'The August date was missed.', sources: [0] },
    ];
    expect(run({ ...waiting, timeline }).errors).toEqual([]);
    expect(run({ ...waiting, target: '2027' }).errors).toEqual([]);
  });
});

describe('dates', () => {
  it('fails an opening later than an event saying the feature was working', () => {
    const timeline = [{ type: 'suspended', date: '1998', text: 'Closed for the winter.', sources: [0] }];
    const { errors } = run({ opened: '2017', timeline });
    expect(fields(errors)).toEqual(['timeline.0.date']);
    expect(errors[0]?.message).toMatch(/working before it opened \(2017\)/);
  });
  it('fails an opening before the construction started, unless the works rebuilt a working link', () => {
    const built = [{ type: 'construction-start', date: '2016-12', text: 'Works began.', sources: [0] }];
    expect(fields(run({ opened: '2000', timeline: built }).errors)).toEqual(['timeline.0.date']);
    expect(run({ opened: '2022', timeline: built }).errors).toEqual([]);
    const rebuilt = [{ type: 'opened', date: '2000', text: 'Opened.', sources: [0] }, ...built];
    expect(run({ opened: '2000', timeline: rebuilt }).errors).toEqual([]);
  });
  it('checks an "in operation by" date against the timeline and the opening', () => {
    const timeline = [{ type: 'reopened', date: '1990', text: 'Reopened.', sources: [0] }];
    const listed = { opened: undefined, inOperationBy: { date: '1994', source: 0 } };
    expect(run(listed).errors).toEqual([]);
    expect(fields(run({ ...listed, timeline }).errors)).toEqual(['timeline.0.date']);
    expect(fields(run({ opened: '1996', inOperationBy: { date: '1994', source: 0 } }).errors)).toEqual([
      'inOperationBy.date',
    ]);
    expect(fields(run({ opened: undefined, inOperationBy: { date: '1994' } }).errors)).toEqual([
      'inOperationBy.source',
    ]);
    expect(
      fields(run({ ...waiting, target: '2027', inOperationBy: { date: '1994', source: 0 } }).errors),
    ).toEqual(['inOperationBy']);
  });
});

describe('verification', () => {
  it('requires the newest source date and what it confirmed', () => {
    expect(fields(run({ verification: { checked: '2026-11-30' } }).errors)).toEqual([
      'verification.newestSource',
      'verification.confirmed',
    ]);
  });
  it('requires the newest source to be listed and no listed source to be newer', () => {
    const verification = { checked: '2026-11-30', newestSource: '2023-05', confirmed: 'Open.' };
    expect(run({ verification }).errors[0]?.message).toMatch(/older than a listed source \(2024-01-01\)/);
    const unlisted = { ...verification, newestSource: '2025-02-01' };
    expect(run({ verification: unlisted }).errors[0]?.message).toMatch(
      /no listed source is dated 2025-02-01/,
    );
  });
  it('rejects a check date in the future', () => {
    const verification = { checked: '2026-12-02', newestSource: '2024-01-01', confirmed: 'Open.' };
    expect(fields(run({ verification }).errors)).toEqual(['verification.checked']);
  });
});

describe('stale (a warning)', () => {
  it('warns about a non-operational feature whose newest source is over 12 months old', () => {
    const result = run({ ...waiting, target: '2027' });
    expect(result.errors).toEqual([]);
    expect(fields(result.warnings)).toEqual(['verification.newestSource']);
    expect(result.warnings[0]?.message).toMatch(/stale: status "under-construction" .* \(2024-01-01\)/);
  });
  it('does not warn about an operational feature or a recent source', () => {
    expect(run({}).warnings).toEqual([]);
    const fresh = {
      ...waiting,
      target: '2027',
      sources: [src('2026-03-13')],
      verification: { checked: TODAY, newestSource: '2026-03-13', confirmed: 'Works continue.' },
    };
    expect(run(fresh)).toMatchObject({ errors: [], warnings: [] });
  });
});

describe('capacity', () => {
  const good = { value: 1.3, unit: 'Mt/yr', measure: 'freight', basis: 'design', year: 2025, source: 0 };
  it('accepts a structured figure', () => {
    expect(run({ facts: { capacity: [good] } })).toMatchObject({ errors: [], warnings: [] });
  });
  it('requires measure, basis, a listed unit that fits the measure, and a source', () => {
    const bare = { value: 250, unit: 'trucks and buses/day' };
    expect(fields(run({ facts: { capacity: [bare] } }).errors)).toEqual([
      'facts.capacity.0.unit',
      'facts.capacity.0.measure',
      'facts.capacity.0.basis',
      'facts.capacity.0.source',
    ]);
    const mismatch = { ...good, unit: 'vehicles/day' };
    expect(run({ facts: { capacity: [mismatch] } }).errors[0]?.message).toBe(
      'vehicles/day cannot measure freight',
    );
  });
  it('warns about a figure without a year', () => {
    const { errors, warnings } = run({ facts: { capacity: [{ ...good, year: undefined }] } });
    expect(errors).toEqual([]);
    expect(fields(warnings)).toEqual(['facts.capacity.0.year']);
  });
});

describe('dropping unsafe links', () => {
  it('renumbers inOperationBy and coordinateSource citations, and removes citations of dropped links', () => {
    const raw = rawFeature('f', {
      sources: [{ url: 'javascript:alert(1)', title: 'x', publisher: 'y' }, src('2024')],
      inOperationBy: { date: '1994', source: 1 },
      location: { precision: 'site', radiusM: 500, note: 'x', coordinateSource: { source: 0, text: 'Wiki' } },
    });
    const { feature } = dropUnsafeLinks('t', raw) as {
      feature: {
        properties: { inOperationBy: object; location: { coordinateSource: object; radiusM: number } };
      };
    };
    expect(feature.properties.inOperationBy).toEqual({ date: '1994', source: 0 });
    expect(feature.properties.location.coordinateSource).toEqual({ text: 'Wiki' });
    expect(feature.properties.location.radiusM).toBe(500);
  });
});
