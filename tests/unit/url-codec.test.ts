import { ENGLISH } from '../../src/i18n/translator';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCamera,
  parseAppState,
  parseCamera,
  permalinkFor,
  serialiseAppState,
} from '../../src/url-state/url-codec';
import type { AppState } from '../../src/url-state/app-state';
import { DEFAULT_STATE } from '../../src/url-state/app-state';
import { BORDERS, KINDS, LANGS, STATUSES } from '../../src/domain/vocabulary';
import { GAUGES, MODES } from '../../src/domain/modes';
import { BASEMAPS, OVERLAYS } from '../../src/domain/map-layers';

const subset = <T extends string>(all: readonly T[]) =>
  fc.subarray([...all], { minLength: 0 }).map((s) => (s.length === all.length ? null : s));

const stateArb: fc.Arbitrary<AppState> = fc.record({
  camera: fc.option(
    fc.record({
      zoom: fc.integer({ min: 0, max: 2200 }).map((z) => z / 100),
      lat: fc.integer({ min: -850000, max: 850000 }).map((v) => v / 10000),
      lon: fc.integer({ min: -1800000, max: 1800000 }).map((v) => v / 10000),
    }),
    { nil: null },
  ),
  filters: fc.record({
    year: fc.option(fc.integer({ min: 1800, max: 2100 }), { nil: null }),
    statuses: fc.option(subset(STATUSES), { nil: null }).map((x) => x ?? null),
    kinds: fc.option(subset(KINDS), { nil: null }).map((x) => x ?? null),
    modes: fc.option(subset(MODES), { nil: null }).map((x) => x ?? null),
    gauges: fc.option(subset(GAUGES), { nil: null }).map((x) => x ?? null),
    borders: fc.option(subset(BORDERS), { nil: null }).map((x) => x ?? null),
    ghost: fc.boolean(),
    query: fc.constant(''),
  }),
  // Ids the codec refuses on purpose (object-prototype names) are left out; a hostile-input test covers them.
  feature: fc.option(
    fc
      .stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10}){0,4}$/)
      .filter((id) => !['constructor', 'prototype'].includes(id)),
    { nil: null },
  ),
  lang: fc.constantFrom(...LANGS),
  layers: fc.record({
    basemap: fc.constantFrom(...BASEMAPS),
    overlays: fc.subarray([...OVERLAYS]),
  }),
});

function roundTrip(state: AppState): AppState {
  const { search, hash } = serialiseAppState(state);
  return parseAppState(search, hash).state;
}

describe('URL codec', () => {
  it('gives back any state it serialised (property)', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const back = roundTrip(state);
        expect(back.filters).toEqual(state.filters);
        expect(back.feature).toEqual(state.feature);
        expect(back.lang).toEqual(state.lang);
        expect(back.layers).toEqual(state.layers);
        if (state.camera === null) expect(back.camera).toBeNull();
        else {
          expect(back.camera?.zoom).toBeCloseTo(state.camera.zoom, 2);
          expect(Math.abs((back.camera?.lat ?? 0) - state.camera.lat)).toBeLessThan(0.01);
          expect(Math.abs((back.camera?.lon ?? 0) - state.camera.lon)).toBeLessThan(0.01);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws and always returns a valid state for arbitrary strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (search, hash) => {
        const { state } = parseAppState(search, hash);
        expect(state.filters.year === null || Number.isInteger(state.filters.year)).toBe(true);
        expect(LANGS).toContain(state.lang);
        if (state.feature !== null) expect(state.feature).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves defaults out of the URL', () => {
    expect(serialiseAppState(DEFAULT_STATE)).toEqual({ search: '', hash: '' });
  });

  it('writes the documented scheme', () => {
    const s = serialiseAppState({
      ...DEFAULT_STATE,
      camera: { zoom: 7.25, lat: 47.95, lon: 132.68 },
      feature: 'nizhneleninskoye-tongjiang-rail-bridge',
      filters: {
        ...DEFAULT_STATE.filters,
        year: 2026,
        statuses: ['operational', 'planned'],
        borders: ['kp'],
      },
    });
    expect(s.search).toBe(
      '?year=2026&feature=nizhneleninskoye-tongjiang-rail-bridge&status=operational,planned&border=kp&v=1',
    );
    expect(s.hash).toBe('#map=7.25/47.95/132.68');
  });

  it('reads camera in OpenStreetMap order zoom/lat/lon', () => {
    expect(parseCamera('#map=6/48.5/131.25')).toEqual({ zoom: 6, lat: 48.5, lon: 131.25 });
    expect(formatCamera({ zoom: 12, lat: 42.41523, lon: 130.64112 })).toBe('12/42.4152/130.6411');
  });

  it('migrates the old hash form (sel=, year=)', () => {
    const { state } = parseAppState('', '#map=5/45/130&sel=korea-russia-friendship-bridge&year=2020');
    expect(state.feature).toBe('korea-russia-friendship-bridge');
    expect(state.filters.year).toBe(2020);
  });

  it('uses the known-id check and the year range', () => {
    const r = parseAppState('?feature=no-such-thing&year=1700', '', {
      isKnownId: () => false,
      yearRange: [1850, 2040],
    });
    expect(r.state.feature).toBeNull();
    expect(r.state.filters.year).toBeNull();
    expect(r.notices.length).toBe(2);
  });

  it('still reads valid parameters that follow a very long junk one', () => {
    const r = parseAppState(`?junk=${'x'.repeat(10_000)}&year=2026&feature=khasan-tumangang-road-bridge`, '');
    expect(r.state.filters.year).toBe(2026);
    expect(r.state.feature).toBe('khasan-tumangang-road-bridge');
  });

  describe('hostile input falls back to defaults with a notice', () => {
    const hostile: [string, string][] = [
      ['?year=20x6', ''],
      ['?year=NaN', ''],
      ['?year=1e3', ''],
      ['?year=-2026', ''],
      ['?year=99999', ''],
      ['?year=2026.5', ''],
      ['?feature=__proto__', ''],
      ['?feature=constructor', ''],
      ['?feature=<script>alert(1)</script>', ''],
      ['?feature=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', ''],
      ['?feature=javascript:alert(1)', ''],
      ['?status=operational<svg/onload=alert(1)>', ''],
      ['?kind=__proto__', ''],
      ['?border=ru', ''],
      ['?lang=xx', ''],
      ['?lang=constructor', ''],
      ['?v=999', ''],
      [`?feature=${'a'.repeat(5000)}`, ''],
      [`?year=${'1'.repeat(400)}`, ''],
      ['', '#map=NaN/NaN/NaN'],
      ['', '#map=99/1000/-1000'],
      ['', '#map=5/45'],
      ['', '#map=Infinity/0/0'],
      ['', '#map=1e400/0/0'],
      ['', '#map=5/45/130/extra<script>'],
      ['?%E0%A4%A=broken-escape', '#%%%'],
    ];
    for (const [search, hash] of hostile)
      it(`${(search + hash).slice(0, 60)}`, () => {
        const { state, notices } = parseAppState(search, hash);
        const defaults = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters } };
        if (search.startsWith('?%E0')) expect(state).toEqual(defaults);
        else {
          expect(notices.length).toBeGreaterThan(0);
          expect(state.feature).toBeNull();
          expect(state.filters.year).toBeNull();
          expect(state.lang).toBe('en');
        }
        expect(Object.getPrototypeOf(state)).toBe(Object.prototype);
        expect(JSON.stringify(state)).not.toMatch(/script|onerror|onload|javascript/);
      });
  });
});

describe('search text in the URL (q=)', () => {
  const text = fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .filter((q) => q.length <= 200 && !/\p{Cc}/u.test(q));

  it('gives back any search text it serialised (property)', () => {
    fc.assert(
      fc.property(text, (query) => {
        const state = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, query } };
        expect(roundTrip(state).filters.query).toBe(query);
      }),
      { numRuns: 300 },
    );
  });

  it('writes q= with the version, and leaves an empty search out', () => {
    const s = serialiseAppState({
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, query: 'Хасан bridge' },
    });
    expect(s.search).toBe('?q=%D0%A5%D0%B0%D1%81%D0%B0%D0%BD+bridge&v=1');
    expect(parseAppState(s.search, '').state.filters.query).toBe('Хасан bridge');
    expect(
      serialiseAppState({ ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, query: '' } }).search,
    ).toBe('');
  });

  for (const [what, search] of [
    ['too long', `?q=${'a'.repeat(201)}`],
    ['a control character', '?q=bridge%00'],
    ['a line break', '?q=a%0Ab'],
  ] as const)
    it(`ignores a search text with ${what}, with a notice`, () => {
      const { state, notices } = parseAppState(search, '');
      expect(state.filters.query).toBe('');
      expect(notices.length).toBe(1);
    });
});

describe('mode= and gauge= in the URL', () => {
  it('writes and reads the mode and gauge filters', () => {
    const state: AppState = {
      ...DEFAULT_STATE,
      filters: { ...DEFAULT_STATE.filters, modes: ['rail', 'river'], gauges: ['dual', 'break'] },
    };
    const s = serialiseAppState(state);
    expect(s.search).toBe('?mode=rail,river&gauge=dual,break&v=1');
    expect(roundTrip(state).filters).toEqual(state.filters);
  });

  it('reads "none" as every entry switched off, and every value as no restriction', () => {
    expect(parseAppState('?mode=none', '').state.filters.modes).toEqual([]);
    expect(parseAppState(`?gauge=${GAUGES.join(',')}`, '').state.filters.gauges).toBeNull();
  });

  for (const search of [
    '?mode=<script>alert(1)</script>',
    '?mode=__proto__',
    '?gauge=1000',
    '?gauge=1520;drop',
    `?mode=${'rail,'.repeat(60)}`,
    '?mode=rail%00',
  ])
    it(`ignores the hostile value ${search.slice(0, 40)} with a notice`, () => {
      const { state, notices } = parseAppState(search, '');
      expect(state.filters.modes).toBeNull();
      expect(state.filters.gauges).toBeNull();
      expect(notices.length).toBeGreaterThan(0);
    });

  it('keeps the valid values of a list that also holds junk', () => {
    const { state, notices } = parseAppState('?mode=rail,javascript:x&gauge=break,9999', '');
    expect(state.filters.modes).toEqual(['rail']);
    expect(state.filters.gauges).toEqual(['break']);
    expect(notices.map((n) => ENGLISH.t(n.key, n.values))).toEqual([
      'Ignored unknown mode value.',
      'Ignored unknown gauge value.',
    ]);
  });
});

describe("a feature's permalink", () => {
  it('keeps the filters and language, names the feature, and leaves the camera out', () => {
    const state = {
      ...DEFAULT_STATE,
      camera: { zoom: 9, lat: 43.1, lon: 131.9 },
      lang: 'ru' as const,
      filters: { ...DEFAULT_STATE.filters, year: 2026, borders: ['kp' as const] },
    };
    expect(permalinkFor(state, 'khasan-tumangang-road-bridge', 'https://example.org/map/')).toBe(
      'https://example.org/map/?year=2026&feature=khasan-tumangang-road-bridge&border=kp&lang=ru&v=1',
    );
  });
});
