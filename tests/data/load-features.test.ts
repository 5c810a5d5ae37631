// The load-time trust boundary: a failing file or an invalid feature never stops the rest from showing.
import { describe, expect, it } from 'vitest';
import { dropUnsafeLinks, loadDataset, validateCollection } from '../../src/data/load-features';
import { plainReason } from '../../src/domain/failure-reason';
import { rawFeature } from '../fixtures/make-feature';

const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const response = (body: string, status = 200) => new Response(body, { status });

describe('loadDataset', () => {
  it('loads valid features from every file and indexes them by id', async () => {
    const files = [
      { name: 'a.geojson', url: '/a' },
      { name: 'b.geojson', url: '/b' },
    ];
    const bodies: Record<string, string> = {
      '/a': JSON.stringify(fc(rawFeature('one'))),
      '/b': JSON.stringify(fc(rawFeature('two'))),
    };
    const ds = await loadDataset(files, async (u) => response(bodies[u] ?? ''));
    expect(ds.features.map((f) => f.id)).toEqual(['one', 'two']);
    expect(ds.byId.get('two')?.properties.name.en).toBe('Feature two');
    expect(ds.failures).toEqual([]);
  });

  it('reports HTTP errors and invalid JSON per file, and still loads the others', async () => {
    const files = [
      { name: 'ok.geojson', url: '/ok' },
      { name: 'down.geojson', url: '/down' },
      { name: 'broken.geojson', url: '/broken' },
    ];
    const ds = await loadDataset(files, async (u) =>
      u === '/ok'
        ? response(JSON.stringify(fc(rawFeature('kept'))))
        : u === '/down'
          ? response('oops', 500)
          : response('{not json'),
    );
    expect(ds.features.map((f) => f.id)).toEqual(['kept']);
    expect(ds.failures).toEqual([
      { file: 'down.geojson', message: 'HTTP 500' },
      { file: 'broken.geojson', message: 'the file is not valid JSON' },
    ]);
  });

  it('reports a network failure without throwing', async () => {
    const ds = await loadDataset([{ name: 'x.geojson', url: '/x' }], () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    expect(ds.failures).toEqual([{ file: 'x.geojson', message: 'Failed to fetch' }]);
  });
});

describe('validateCollection', () => {
  it('leaves out invalid features, reports why, and keeps the valid ones', () => {
    const r = validateCollection(
      'f.geojson',
      fc(rawFeature('good'), rawFeature('bad', { kind: 'spaceport' }), { nonsense: true }),
    );
    expect(r.features.map((f) => f.id)).toEqual(['good']);
    expect(r.issues.map((i) => i.featureId)).toEqual(expect.arrayContaining(['bad', '#2']));
  });

  it('rejects something that is not a FeatureCollection', () => {
    expect(validateCollection('f.geojson', [1, 2]).issues[0]?.message).toMatch(/FeatureCollection/);
  });

  it('keeps markup in names as plain data (rendering escapes it)', () => {
    const r = validateCollection(
      'f.geojson',
      fc(rawFeature('markup', { name: { en: '<img src=x onerror=alert(1)>' } })),
    );
    expect(r.features[0]?.properties.name.en).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('dropUnsafeLinks', () => {
  it('drops javascript: and data: links and keeps the feature when a safe source remains', () => {
    const raw = rawFeature('links', {
      sources: [
        { url: 'javascript:alert(1)', title: 't', publisher: 'p' },
        { url: 'data:text/html,<script>alert(1)</script>', title: 't', publisher: 'p' },
        { url: 'https://example.org/ok', title: 't', publisher: 'p' },
      ],
    });
    const { feature, issues } = dropUnsafeLinks('f.geojson', raw);
    expect(issues.map((i) => i.field)).toEqual(['sources.0.url', 'sources.1.url']);
    const r = validateCollection('f.geojson', fc(feature));
    expect(r.features[0]?.properties.sources.map((s) => s.url)).toEqual(['https://example.org/ok']);
  });

  it('renumbers the source indexes of timeline events and capacity figures, and drops citations of dropped links', () => {
    const raw = rawFeature('cited', {
      sources: [
        { url: 'https://example.org/a', title: 'a', publisher: 'p' },
        { url: 'javascript:alert(1)', title: 'bad', publisher: 'p' },
        { url: 'https://example.org/c', title: 'c', publisher: 'p' },
      ],
      timeline: [
        { type: 'opened', date: '2001', text: 'cites a and c', sources: [0, 2] },
        { type: 'announced', date: '2000', text: 'cites only the bad link', sources: [1] },
      ],
      facts: {
        capacity: [
          { value: 5, unit: 'Mt/year', source: 2 },
          { value: 3, unit: 'Mt/year', source: 1 },
        ],
      },
    });
    const { feature } = dropUnsafeLinks('f.geojson', raw);
    const r = validateCollection('f.geojson', fc(feature));
    expect(r.issues.filter((i) => !i.message.startsWith('link dropped'))).toEqual([]);
    const p = r.features[0]?.properties;
    expect(p?.sources.map((s) => s.title)).toEqual(['a', 'c']);
    expect(p?.timeline.map((e) => e.sources)).toEqual([[0, 1], []]);
    expect(p?.facts?.capacity?.map((c) => c.source)).toEqual([1, undefined]);
  });
});

describe('plain reasons for a failed file', () => {
  it('keeps the loader’s own words and never shows a raw error class', () => {
    expect(plainReason('HTTP 500')).toBe('the server answered HTTP 500');
    expect(plainReason('the file is not valid JSON')).toBe('the file is not valid JSON');
    expect(plainReason('Failed to fetch')).toBe('the network request failed');
    expect(plainReason('AJAXError: Not Found (404): /x')).toBe('the network request failed');
  });
});
