import { describe, expect, it } from 'vitest';
import { availableMeasures, capacitySeries, classify, modeOf } from '../../src/domain/capacity-series';
import { FEATURES, fixture, withProperties } from '../fixtures/features';

const years = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('classify', () => {
  it('sums tonnes with megatonnes by an exact unit change', () =>
    expect(classify({ value: 3_000_000, unit: 't/yr' })).toEqual({
      measure: 'freight',
      unit: 'Mt/yr',
      basis: 'unspecified',
      value: 3,
    }));
  it('keeps the basis the data gives', () =>
    expect(classify({ value: 5, unit: 'Mt/yr', measure: 'freight', basis: 'actual' })?.basis).toBe('actual'));
  it('refuses units that cannot be summed, and a measure that contradicts the unit', () => {
    expect(classify({ value: 30, unit: 't per vehicle' })).toBeNull();
    expect(classify({ value: 30, unit: 'Mt/yr', measure: 'trucks' })).toBeNull();
  });
});

describe('capacitySeries', () => {
  it('counts a figure of unstated basis that names its year in that year only', () => {
    const data = capacitySeries(FEATURES, years(2020, 2024));
    const amur = data.series.find((s) => s.section === 'amur' && s.measure === 'freight');
    expect(amur).toMatchObject({ unit: 'Mt/yr', basis: 'unspecified' });
    expect(amur?.values).toEqual([null, null, null, 3, null]);
  });

  it('counts a design figure from the year the crossing opens (or its own year, if later); earlier years are gaps', () => {
    const undated = withProperties('blagoveshchensk-heihe-road-bridge', {
      facts: { capacity: [{ value: 3, unit: 'Mt/yr', measure: 'freight', basis: 'design' }] },
    } as never);
    expect(capacitySeries([undated], years(2020, 2024)).series[0]?.values).toEqual([null, null, 3, 3, 3]);
    const later = withProperties('blagoveshchensk-heihe-road-bridge', {
      facts: { capacity: [{ value: 3, unit: 'Mt/yr', measure: 'freight', basis: 'design', year: 2024 }] },
    } as never);
    expect(capacitySeries([later], years(2020, 2024)).series[0]?.values).toEqual([null, null, null, null, 3]);
    const undeclared = withProperties('blagoveshchensk-heihe-road-bridge', {
      facts: { capacity: [{ value: 3, unit: 'Mt/yr' }] },
    });
    expect(capacitySeries([undeclared], years(2021, 2023)).series[0]).toMatchObject({
      basis: 'unspecified',
      values: [null, 3, 3],
    });
  });

  it('keeps design and actual apart; an actual figure counts only in its own year', () => {
    const design = withProperties('blagoveshchensk-heihe-road-bridge', {
      facts: { capacity: [{ value: 3, unit: 'Mt/yr', measure: 'freight', basis: 'design' }] },
    } as never);
    const actual = withProperties('nizhneleninskoye-tongjiang-rail-bridge', {
      facts: { capacity: [{ value: 1.5, unit: 'Mt/yr', measure: 'freight', basis: 'actual', year: 2023 }] },
    } as never);
    const data = capacitySeries([design, actual], years(2021, 2024));
    const byBasis = Object.fromEntries(data.series.map((s) => [s.basis, s.values]));
    expect(byBasis.design).toEqual([null, 3, 3, 3]);
    expect(byBasis.actual).toEqual([null, null, 1.5, null]);
  });

  it('counts, per year, the crossings of the section and mode in service that lack a figure of that measure', () => {
    const railWithFigure = withProperties('nizhneleninskoye-tongjiang-rail-bridge', {
      facts: { capacity: [{ value: 5, unit: 'Mt/yr' }] },
    });
    const otherRail = withProperties('dzhalinda-mohe-bridge', { status: 'operational', opened: '2022' });
    const data = capacitySeries(
      [railWithFigure, otherRail, fixture('blagoveshchensk-heihe-road-bridge')],
      years(2021, 2023),
    );
    const rail = data.series.find((s) => s.section === 'amur' && s.mode === 'rail');
    expect(rail?.values).toEqual([null, 5, 5]);
    // From 2022 the Dzhalinda bridge (rail, same section) is in service without a freight figure.
    expect(rail?.missing).toEqual([0, 1, 1]);
    // The road bridge is not counted as a gap of the rail series, and has its own series.
    const road = data.series.find((s) => s.section === 'amur' && s.mode === 'road');
    expect(road?.missing).toEqual([0, 0, 0]);
  });

  it('keeps rail and road apart', () => {
    const data = capacitySeries(FEATURES, years(2023, 2023));
    expect(data.series.map((s) => s.mode)).toEqual(['road']);
    expect(modeOf('railway-bridge')).toBe('rail');
    expect(modeOf('river-crossing')).toBe('road');
    expect(modeOf('port')).toBeNull();
  });

  it('counts only border crossings and stops at a closure', () => {
    const ferry = withProperties('example-closed-ferry', {
      facts: { capacity: [{ value: 100, unit: 'vehicles/day' }] },
    });
    const data = capacitySeries([ferry], years(2013, 2016));
    expect(data.series[0]?.values).toEqual([100, 100, null, null]);
    const hub = withProperties('example-corridor', { facts: { capacity: [{ value: 5, unit: 'Mt/yr' }] } });
    expect(capacitySeries([hub], years(2020, 2021)).series).toEqual([]);
  });

  it('takes one design figure per crossing and series: the latest year', () => {
    const two = withProperties('blagoveshchensk-heihe-road-bridge', {
      facts: {
        capacity: [
          { value: 1, unit: 'Mt/yr', measure: 'freight', basis: 'design', year: 2020 },
          { value: 2, unit: 'Mt/yr', measure: 'freight', basis: 'design', year: 2023 },
        ],
      },
    } as never);
    expect(capacitySeries([two], [2024]).series[0]?.values).toEqual([2]);
  });

  it('lists the measures that have data', () =>
    expect(availableMeasures(capacitySeries(FEATURES, years(2020, 2024)))).toEqual([
      { measure: 'freight', unit: 'Mt/yr' },
    ]));
});
