import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cardView, deriveView } from '../../src/domain/derived-view';
import type { FilterState } from '../../src/domain/filters';
import {
  DEFAULT_FILTERS,
  FACETS,
  FACET_VALUES,
  facetValuesOf,
  matchesQuery,
  visibility,
} from '../../src/domain/filters';
import { GAUGES, MODES } from '../../src/domain/modes';
import { BORDERS, KINDS, STATUSES } from '../../src/domain/vocabulary';
import { makeFeature } from '../fixtures/make-feature';

const features = [
  makeFeature('open-2022', { opened: '2022-11-16', name: { en: 'Tongjiang bridge', ru: 'Нижнеленинское' } }),
  makeFeature('due-2026', {
    status: 'under-construction',
    opened: undefined,
    target: '2026-summer',
    border: 'kp',
    kind: 'road-bridge',
    name: { en: 'Khasan road bridge' },
  }),
  makeFeature('no-target', { status: 'proposed', opened: undefined, target: 'none-announced', kind: 'port' }),
  makeFeature('closed-2015', { status: 'closed', opened: '1993', closed: '2015', kind: 'river-crossing' }),
  makeFeature('port', { kind: 'port', border: undefined, section: 'hinterland', opened: '1860' }),
  makeFeature('rail-bridge', {
    kind: 'railway-bridge',
    opened: '2022',
    facts: { gauge: { ru: 'dual', foreign: 'dual' } },
    name: { en: 'Dual bridge' },
  }),
  makeFeature('break', { kind: 'rail-crossing', facts: { gauge: { ru: '1520', foreign: '1435' } } }),
  makeFeature('verkhneblagoveshchensky-temporary', {
    kind: 'river-crossing',
    name: { en: 'Pipeline ferry' },
  }),
];

const subset = <T extends string>(all: readonly T[]) =>
  fc.option(fc.subarray([...all]), { nil: null }).map((s) => s ?? null);
const filtersArb: fc.Arbitrary<FilterState> = fc.record({
  year: fc.option(fc.integer({ min: 1850, max: 2035 }), { nil: null }),
  statuses: subset(STATUSES),
  kinds: subset(KINDS),
  modes: subset(MODES),
  gauges: subset(GAUGES),
  borders: subset(BORDERS),
  ghost: fc.boolean(),
  query: fc.constantFrom('', 'bridge', 'нижнеленинское', 'khasan road', 'zzz'),
});

describe('the derived view', () => {
  it('shows, counts and matches exactly what the one rule says (property)', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const view = deriveView(features, filters);
        const shownBy = (f: FilterState) => features.filter((x) => visibility(x.properties, f) === 'shown');
        expect(view.shown.map((f) => f.id)).toEqual(shownBy(filters).map((f) => f.id));
        for (const kind of KINDS)
          expect(view.kindCounts[kind], kind).toBe(
            shownBy({ ...filters, kinds: null }).filter((f) => f.properties.kind === kind).length,
          );
        for (const status of STATUSES)
          expect(view.statusCounts[status], status).toBe(
            shownBy({ ...filters, statuses: null }).filter((f) => f.properties.status === status).length,
          );
        for (const facet of FACETS)
          for (const value of FACET_VALUES[facet])
            expect((view.counts[facet] as Record<string, number>)[value], `${facet} ${value}`).toBe(
              shownBy({ ...filters, [facet]: null }).filter((f) =>
                (facetValuesOf(f.properties, facet) as string[]).includes(value),
              ).length,
            );
        expect(view.ranked.map((f) => f.id).sort()).toEqual(view.shown.map((f) => f.id).sort());
        if (filters.query === '') expect(view.matchingIds).toBeNull();
        else
          expect(view.matchingIds).toEqual(
            features.filter((f) => matchesQuery(f.properties, filters.query)).map((f) => f.id),
          );
      }),
      { numRuns: 500 },
    );
  });

  it('lists exact name matches first', () => {
    const view = deriveView(features, { ...DEFAULT_FILTERS, query: 'dual bridge' });
    expect(view.ranked.map((f) => f.id)[0]).toBe('rail-bridge');
    const tongjiang = deriveView(features, { ...DEFAULT_FILTERS, query: 'bridge' });
    expect(tongjiang.ranked.map((f) => f.id)).toEqual(['open-2022', 'due-2026', 'rail-bridge']);
  });

  it('counts every kind and status, zero included', () => {
    const view = deriveView([], DEFAULT_FILTERS);
    expect(Object.keys(view.kindCounts)).toEqual([...KINDS]);
    expect(Object.values(view.statusCounts).every((n) => n === 0)).toBe(true);
  });
});

describe("the card's view of a feature", () => {
  const due = features[1]!.properties;
  const open = features[0]!.properties;
  it('says which year hides it and when it is due', () => {
    expect(cardView(due, { ...DEFAULT_FILTERS, year: 2024 }).hiddenBy).toEqual({ year: 2024, dueYear: 2026 });
    expect(cardView(due, { ...DEFAULT_FILTERS, year: 2026 }).hiddenBy).toBeNull();
    expect(cardView(due, DEFAULT_FILTERS).hiddenBy).toBeNull();
  });
  it('has no due year for a feature with no target', () => {
    expect(cardView(features[2]!.properties, { ...DEFAULT_FILTERS, year: 2030 }).hiddenBy).toEqual({
      year: 2030,
      dueYear: null,
    });
  });
  it('says when the other filters hide it', () => {
    expect(cardView(open, { ...DEFAULT_FILTERS, kinds: ['port'] }).hiddenByOthers).toBe(true);
    expect(cardView(open, { ...DEFAULT_FILTERS, query: 'tongjiang' }).hiddenByOthers).toBe(false);
  });
});
