// Issue 11's year rule: a feature shows from `opened`, failing that from `inOperationBy.date`, failing that from its
// current target; an overdue target keeps showing as due from its target year on. The map expression agrees.
import { describe, expect, it } from 'vitest';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification } from '@maplibre/maplibre-gl-style-spec';
import { DEFAULT_FILTERS, fromYear, inYear, visibility, yearRange } from '../../src/domain/filters';
import { buildLayerFilter } from '../../src/map/filter-expression';
import { toMapProperties } from '../../src/map/map-data';
import { isOverdue } from '../../src/domain/quality';
import { changesInYear } from '../../src/domain/year-changes';
import { makeFeature } from '../fixtures/make-feature';

const TODAY = '2026-12-01';
const worked1994 = makeFeature('worked-1994', {
  opened: undefined,
  inOperationBy: { date: '1994-07', source: 0, note: 'On the 1994 intergovernmental list.' },
});
const both = makeFeature('opened-and-listed', {
  opened: '1992',
  inOperationBy: { date: '1994', source: 0 },
});
const closedLater = makeFeature('worked-1994-closed-2010', {
  status: 'closed',
  opened: undefined,
  inOperationBy: { date: '1994', source: 0 },
  closed: '2010',
});
const overdue = makeFeature('overdue-cable-car', {
  kind: 'cable-car',
  status: 'under-construction',
  opened: undefined,
  target: '2026-08',
});
const features = [worked1994, both, closedLater, overdue];

describe('year filter with "in operation by" dates', () => {
  it('shows a crossing known to work in 1994 from 1994, though its opening date is unknown', () => {
    expect(fromYear(worked1994.properties)).toBe(1994);
    expect(inYear(worked1994.properties, 1993)).toBe(false);
    for (const year of [1994, 1995, 1999, 2017, 2026]) expect(inYear(worked1994.properties, year)).toBe(true);
  });

  it('prefers the opening date when both are known, and still closes at the closing year', () => {
    expect(fromYear(both.properties)).toBe(1992);
    expect(inYear(closedLater.properties, 1999)).toBe(true);
    expect(inYear(closedLater.properties, 2010)).toBe(false);
  });

  it('lists the feature as open (not due) in that year and counts it in the slider range', () => {
    expect(changesInYear([worked1994], 1994).opens.map((f) => f.id)).toEqual(['worked-1994']);
    expect(yearRange([worked1994.properties, overdue.properties], [1990, 2030])).toEqual([1994, 2026]);
  });

  it('shows an overdue target as due in every year from its target year on', () => {
    expect(isOverdue(overdue.properties, TODAY)).toBe(true);
    expect(inYear(overdue.properties, 2025)).toBe(false);
    for (const year of [2026, 2027, 2030]) expect(inYear(overdue.properties, year)).toBe(true);
  });

  it('gives the map the same rule', () => {
    for (const year of [1990, 1993, 1994, 1999, 2009, 2010, 2025, 2026, 2030]) {
      const f = { ...DEFAULT_FILTERS, year };
      const layer = featureFilter(buildLayerFilter(f) as FilterSpecification, 'filter');
      for (const x of features) {
        const drawn = layer.filter(
          { zoom: 6 },
          {
            type: 1,
            id: x.id,
            properties: toMapProperties(x, 'en') as unknown as Record<string, unknown>,
            geometry: [],
          },
        );
        expect({ id: x.id, year, drawn }).toEqual({
          id: x.id,
          year,
          drawn: visibility(x.properties, f) === 'shown',
        });
      }
    }
  });
});
