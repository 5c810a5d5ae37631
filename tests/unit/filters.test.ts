import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  DEFAULT_FILTERS,
  NEVER,
  fromYear,
  inYear,
  matchesQuery,
  normaliseText,
  untilYear,
  visibility,
  yearRange,
} from '../../src/domain/filters';
import type { FilterState } from '../../src/domain/filters';
import {
  buildGhostExpression,
  buildLayerFilter,
  layerFilterPredicate,
} from '../../src/map/filter-expression';
import { toMapProperties } from '../../src/map/map-data';
import { BORDERS, KINDS, STATUSES } from '../../src/domain/vocabulary';
import { makeFeature } from '../fixtures/make-feature';

const features = [
  makeFeature('open-2022', {
    opened: '2022-11-16',
    name: { en: 'Nizhneleninskoye–Tongjiang bridge', ru: 'Нижнеленинское — Тунцзян', zh: '同江铁路大桥' },
  }),
  makeFeature('due-2026', {
    status: 'under-construction',
    opened: undefined,
    target: '2026-summer',
    border: 'kp',
    kind: 'road-bridge',
    name: { en: 'Khasan–Tumangang road bridge', ko: '두만강 자동차다리' },
  }),
  makeFeature('no-target', {
    status: 'proposed',
    opened: undefined,
    target: 'none-announced',
    kind: 'railway-bridge',
    name: { en: 'Blagoveshchensk–Heihe railway bridge', ru: 'Благовещенск — Хэйхэ' },
  }),
  makeFeature('closed-2015', {
    status: 'closed',
    opened: '1993',
    closed: '2015',
    kind: 'river-crossing',
    name: { en: 'Pashkovo–Jiayin' },
  }),
  makeFeature('suspended', {
    status: 'suspended',
    opened: '1995',
    kind: 'road-crossing',
    name: { en: 'Markovo–Hulin' },
  }),
  makeFeature('port', {
    kind: 'port',
    border: undefined,
    section: 'hinterland',
    opened: '1860',
    name: { en: 'Vladivostok port', zh: '海參崴' },
  }),
  makeFeature('overdue', {
    status: 'planned',
    opened: undefined,
    target: '2025',
    kind: 'multimodal-hub',
    name: { en: 'TLC Khabarovsky' },
  }),
  makeFeature('dual-bridge', {
    kind: 'railway-bridge',
    facts: { gauge: { ru: 'dual', foreign: 'dual' }, operator: 'RZD' },
    name: { en: 'Dual-gauge bridge' },
  }),
  makeFeature('break-of-gauge', { facts: { gauge: { ru: '1520', foreign: '1435' } }, section: 'tumen' }),
  makeFeature('verkhneblagoveshchensky-temporary', {
    kind: 'river-crossing',
    name: { en: 'Pipeline ferry' },
  }),
];

describe('year semantics', () => {
  it('a feature stands from its opening year, else from its current target', () => {
    expect(fromYear(features[0]!.properties)).toBe(2022);
    expect(fromYear(features[1]!.properties)).toBe(2026);
    expect(fromYear(features[2]!.properties)).toBe(NEVER);
  });
  it('is hidden from the year it closed', () => {
    const p = features[3]!.properties;
    expect(untilYear(p)).toBe(2015);
    expect(inYear(p, 2014)).toBe(true);
    expect(inYear(p, 2015)).toBe(false);
  });
  it('includes the whole year: due in 2026 shows at 2026, not at 2025', () => {
    expect(inYear(features[1]!.properties, 2026)).toBe(true);
    expect(inYear(features[1]!.properties, 2025)).toBe(false);
  });
  it('keeps overdue targets: a 2025 target still counts in 2026', () => {
    expect(inYear(features[6]!.properties, 2026)).toBe(true);
  });
  it('gives the slider range from the earliest year to the latest target', () => {
    expect(
      yearRange(
        features.map((f) => f.properties),
        [0, 0],
      ),
    ).toEqual([1860, 2026]);
    expect(yearRange([], [1990, 2030])).toEqual([1990, 2030]);
  });
});

describe('search', () => {
  it('matches any language, ignoring case and accents', () => {
    const p = features[0]!.properties;
    expect(matchesQuery(p, 'tongjiang')).toBe(true);
    expect(matchesQuery(p, 'НИЖНЕЛЕНИНСКОЕ')).toBe(true);
    expect(matchesQuery(p, '同江')).toBe(true);
    expect(matchesQuery(features[1]!.properties, '두만강')).toBe(true);
    expect(matchesQuery(p, 'Níżhnelenínskoye')).toBe(true);
    expect(matchesQuery(p, 'heihe')).toBe(false);
  });
  it('folds ё, diacritics and dashes the same way on both sides', () => {
    // й decomposes to и + breve; query and names are folded alike, so "Хэйхэ" still finds "Хэйхэ".
    expect(normaliseText('Благовещёнск — Хэйхэ')).toBe('благовещенск - хэихэ');
    expect(matchesQuery(features[2]!.properties, 'благовещенск хэйхэ')).toBe(true);
  });
});

describe('visibility', () => {
  it('shows everything with no filters', () => {
    expect(features.every((f) => visibility(f.properties, DEFAULT_FILTERS) === 'shown')).toBe(true);
  });
  it('hides later features, or ghosts them when asked', () => {
    expect(visibility(features[1]!.properties, { ...DEFAULT_FILTERS, year: 2025 })).toBe('hidden');
    expect(visibility(features[1]!.properties, { ...DEFAULT_FILTERS, year: 2025, ghost: true })).toBe(
      'ghost',
    );
  });
  it('a border filter leaves out features without a border', () => {
    expect(visibility(features[5]!.properties, { ...DEFAULT_FILTERS, borders: ['cn'] })).toBe('hidden');
    expect(visibility(features[1]!.properties, { ...DEFAULT_FILTERS, borders: ['kp'] })).toBe('shown');
  });
});

// One rule, one implementation: the map's filter expression must agree with visibility() everywhere.
describe('the map filter expression agrees with the filter function', () => {
  const years = [null, 1859, 1860, 1993, 2014, 2015, 2021, 2022, 2025, 2026, 2027, 2040];
  const combos: Partial<FilterState>[] = [
    {},
    { statuses: ['operational'] },
    { statuses: ['under-construction', 'planned', 'proposed'] },
    { kinds: ['rail-crossing', 'port'] },
    { borders: ['kp'] },
    { borders: ['cn'], kinds: ['railway-bridge', 'rail-crossing'] },
    { query: 'heihe' },
    { query: 'НИЖНЕЛЕНИНСКОЕ' },
    { ghost: true },
    { ghost: true, statuses: ['planned'] },
    { modes: ['rail'] },
    { modes: ['river', 'cable-car'] },
    { modes: ['pipeline-construction'] },
    { modes: [] },
    { gauges: ['dual'] },
    { gauges: ['break', '1520'], modes: ['rail'] },
    { query: 'tumen' },
    { query: 'rzd' },
    { query: 'break of gauge', statuses: ['operational'] },
  ];
  for (const combo of combos)
    it(`for ${JSON.stringify(combo)} at every year`, () => {
      for (const year of years) {
        const f: FilterState = { ...DEFAULT_FILTERS, ...combo, year };
        const ids = features.filter((x) => matchesQuery(x.properties, f.query)).map((x) => x.id);
        const layer = featureFilter(buildLayerFilter(f, ids) as FilterSpecification, 'filter');
        const ghost = featureFilter(
          ['all', buildGhostExpression(f)] as unknown as FilterSpecification,
          'filter',
        );
        const passes = layerFilterPredicate(f, ids);
        for (const x of features) {
          // The clustered points source is filtered by the predicate form of the same rule.
          expect({ id: x.id, year, passes: passes(toMapProperties(x, 'en')) }).toEqual({
            id: x.id,
            year,
            passes: visibility(x.properties, f) !== 'hidden',
          });
          const mapFeature = {
            type: 1 as const,
            id: x.id,
            properties: toMapProperties(x, 'en') as unknown as Record<string, unknown>,
            geometry: [],
          };
          const drawn = layer.filter({ zoom: 6 }, mapFeature);
          const ghosted = drawn && ghost.filter({ zoom: 6 }, mapFeature);
          const expected = visibility(x.properties, f);
          expect({ id: x.id, year, v: drawn ? (ghosted ? 'ghost' : 'shown') : 'hidden' }).toEqual({
            id: x.id,
            year,
            v: expected,
          });
        }
      }
    });

  it('covers the whole vocabulary in the expression inputs', () => {
    expect(STATUSES.length).toBe(6);
    expect(KINDS).toContain('cable-car');
    expect(BORDERS).toEqual(['cn', 'kp']);
  });
});
