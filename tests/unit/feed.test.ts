import { describe, expect, it } from 'vitest';
import { changeYears, changesBetween, differingIds, feedEntries, feedSince } from '../../src/domain/feed';
import { FEATURES, fixture } from '../fixtures/features';

describe('feedEntries', () => {
  const entries = feedEntries(FEATURES);

  it('lists every dated event across features, newest first', () => {
    const days = entries.map((e) => e.day);
    expect([...days].sort().reverse()).toEqual(days);
    expect(entries[0]).toMatchObject({ featureId: 'dzhalinda-mohe-bridge', date: '2025-09-01' });
    expect(entries).toHaveLength(
      FEATURES.reduce((n, f) => n + f.properties.timeline.filter((e) => e.date).length, 0),
    );
  });

  it('names slipped targets with the old and the new target', () => {
    const dz = entries.filter((e) => e.featureId === 'dzhalinda-mohe-bridge').map((e) => e.headline);
    expect(dz).toEqual([
      'Target moved from 2026 to 2027',
      'Target moved from 2025 to 2026',
      'Target set: 2025',
      'Agreement',
    ]);
  });

  it('carries the event text and its sources', () => {
    const opened = entries.find(
      (e) => e.featureId === 'blagoveshchensk-heihe-road-bridge' && e.type === 'opened',
    );
    expect(opened?.text).toBe('Opened to trucks.');
    expect(opened?.sources.map((s) => s.url)).toEqual(['https://example.org/source-2']);
  });

  it('follows the features it is given (the filtered set)', () => {
    expect(new Set(feedEntries([fixture('khasan-tumangang-road-bridge')]).map((e) => e.featureId))).toEqual(
      new Set(['khasan-tumangang-road-bridge']),
    );
  });
});

describe('feedSince', () => {
  const entries = feedEntries(FEATURES);
  it('keeps only events after the date', () => {
    const later = feedSince(entries, '2024-12-31');
    expect(later.map((e) => e.date)).toEqual(['2025-09-01', '2025-04-30', '2025-04-30']);
    for (const e of later) expect(e.day > '2024-12-31').toBe(true);
  });
  it('keeps everything without a date', () => expect(feedSince(entries, null)).toBe(entries));
  it('leaves out an event whose period starts on or before the date', () => {
    const e = entries.slice(0, 1).map((x) => ({ ...x, date: '2025', day: '2025-01-01' }));
    expect(feedSince(e, '2025-06-01')).toEqual([]);
    expect(feedSince(e, '2024-12-31')).toHaveLength(1);
  });
});

describe('changesBetween', () => {
  it('lists what appears and disappears between two years, and the events in the window', () => {
    const c = changesBetween(FEATURES, 2020, 2026);
    expect(c.appear.map((f) => f.id).sort()).toEqual([
      'blagoveshchensk-heihe-road-bridge',
      'khasan-tumangang-road-bridge',
      'nizhneleninskoye-tongjiang-rail-bridge',
    ]);
    expect(c.disappear).toEqual([]);
    for (const e of c.events) expect(Number(e.date.slice(0, 4))).toBeGreaterThan(2020);
    expect(changesBetween(FEATURES, 2010, 2016).disappear.map((f) => f.id)).toEqual(['example-closed-ferry']);
  });
  it('accepts the years in either order', () =>
    expect(differingIds(FEATURES, 2026, 2020).sort()).toEqual(differingIds(FEATURES, 2020, 2026).sort()));
});

describe('changeYears', () => {
  it('gives the first year and every year the map changes in, ascending', () => {
    expect(changeYears(FEATURES, 1990, 2030)).toEqual([1990, 1995, 2015, 2022, 2026, 2027]);
  });
  it('is just the first year when nothing changes', () =>
    expect(changeYears([fixture('korea-russia-friendship-bridge')], 1990, 2030)).toEqual([1990]));
});
