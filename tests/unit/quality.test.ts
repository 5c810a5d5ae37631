// Freshness, overdue, stale and the dataset counts behind the Data quality view and the check:geo report.
import { describe, expect, it } from 'vitest';
import {
  freshness,
  isOverdue,
  isStale,
  monthsBefore,
  newestSourceDate,
  qualityStats,
} from '../../src/domain/quality';
import { qualityReport } from '../../src/data/quality-report';
import { makeFeature } from '../fixtures/make-feature';

const TODAY = '2026-12-01';
const src = (published?: string) => ({ url: 'https://example.org/x', title: 'T', publisher: 'P', published });
const dated = (...dates: (string | undefined)[]) => ({
  sources: dates.map(src),
  verification: { checked: TODAY },
});

describe('monthsBefore', () => {
  it('steps back calendar months, across years and clamping the day', () => {
    expect(monthsBefore('2026-12-01', 12)).toBe('2025-12-01');
    expect(monthsBefore('2026-12-01', 6)).toBe('2026-06-01');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2026-01-15', 13)).toBe('2024-12-15');
  });
});

describe('newestSourceDate', () => {
  it('takes the source whose date can reach furthest, or the verification record', () => {
    expect(newestSourceDate(dated('2025-01-02', '2026-03', undefined, '2026'))).toBe('2026');
    expect(newestSourceDate(dated('2026-03-13', '2026-03'))).toBe('2026-03');
    expect(
      newestSourceDate({ sources: [src('2024')], verification: { checked: TODAY, newestSource: '2025-05' } }),
    ).toBe('2025-05');
    expect(newestSourceDate(dated(undefined))).toBeNull();
  });
});

describe('freshness', () => {
  it('buckets the newest source: under 6 months, 6–12, over 12, undated', () => {
    expect(freshness(dated('2026-06-01'), TODAY)).toBe('under-6-months');
    expect(freshness(dated('2026-05-31'), TODAY)).toBe('6-12-months');
    expect(freshness(dated('2025-12-01'), TODAY)).toBe('6-12-months');
    expect(freshness(dated('2025-11-30'), TODAY)).toBe('over-12-months');
    // "2025-11" can mean up to 30 Nov 2025; "2025" up to 31 Dec 2025.
    expect(freshness(dated('2025-11'), TODAY)).toBe('over-12-months');
    expect(freshness(dated('2025'), TODAY)).toBe('6-12-months');
    expect(freshness(dated(undefined), TODAY)).toBe('undated');
  });
});

describe('isOverdue', () => {
  const waiting = { status: 'under-construction' as const, target: '2026-08' };
  it('is true once the last day of the target has passed with no opening', () => {
    expect(isOverdue(waiting, '2026-08-31')).toBe(false);
    expect(isOverdue(waiting, '2026-09-01')).toBe(true);
    expect(isOverdue({ ...waiting, status: 'planned', target: '2025' }, TODAY)).toBe(true);
  });
  it('is false with no target, "none-announced", a confirmed opening, or an operational status', () => {
    expect(isOverdue({ status: 'planned' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'planned', target: 'none-announced' }, TODAY)).toBe(false);
    expect(isOverdue({ ...waiting, opened: '2026-08' }, TODAY)).toBe(false);
    expect(isOverdue({ ...waiting, inOperationBy: { date: '2026-10', source: 0 } }, TODAY)).toBe(false);
    expect(isOverdue({ ...waiting, status: 'operational' }, TODAY)).toBe(false);
    expect(isOverdue({ ...waiting, status: 'closed' }, TODAY)).toBe(false);
  });
  it('counts a passed reopening target of a suspended feature', () => {
    expect(isOverdue({ status: 'suspended', opened: '1992', target: '2026-Q2' }, TODAY)).toBe(true);
  });
});

describe('isStale', () => {
  it('flags non-operational features whose newest source is over 12 months old or undated', () => {
    expect(isStale({ status: 'planned', ...dated('2025-06-01') }, TODAY)).toBe(true);
    expect(isStale({ status: 'suspended', ...dated(undefined) }, TODAY)).toBe(true);
    expect(isStale({ status: 'planned', ...dated('2026-01-10') }, TODAY)).toBe(false);
    expect(isStale({ status: 'operational', ...dated('2006') }, TODAY)).toBe(false);
  });
});

describe('qualityStats and the check:geo report', () => {
  const features = [
    makeFeature('a', { verification: { checked: '2026-11-26' } }),
    makeFeature('b', {
      status: 'planned',
      opened: undefined,
      target: '2025',
      location: { precision: 'estimated', radiusM: 5000, note: 'Estimated.' },
      sources: [src('2023-02-01')],
      verification: { checked: '2026-10-01' },
    }),
    makeFeature('c', {
      location: { precision: 'settlement', radiusM: 3000, note: 'Town.' },
      sources: [src('2026-11-01')],
      verification: { checked: '2026-10-01' },
    }),
  ];
  const stats = qualityStats(features, TODAY);

  it('counts by precision and by freshness', () => {
    expect(stats.total).toBe(3);
    expect(stats.byPrecision).toEqual({ exact: 1, site: 0, settlement: 1, estimated: 1 });
    expect(stats.byFreshness).toEqual({
      'under-6-months': 1,
      '6-12-months': 0,
      'over-12-months': 2,
      undated: 0,
    });
  });

  it('lists the overdue and stale features, and the ones checked longest ago first', () => {
    expect(stats.overdue.map((f) => f.id)).toEqual(['b']);
    expect(stats.stale.map((f) => f.id)).toEqual(['b']);
    // b and c were both checked on 1 Oct; b's newest source is older, so it comes first.
    expect(stats.longestUnchecked.map((f) => f.id)).toEqual(['b', 'c', 'a']);
    expect(qualityStats(features, TODAY, 1).longestUnchecked.map((f) => f.id)).toEqual(['b']);
  });

  it('prints the counts, the share of crossings at exact or site, and the overdue list', () => {
    const lines = qualityReport(features, TODAY);
    expect(lines).toContain('  precision: exact 1, site 0, settlement 1, estimated 1');
    expect(lines).toContain('  crossings and bridges at exact or site: 1/3 (33 %)');
    expect(lines).toContain('  newest source: under-6-months 1, 6-12-months 0, over-12-months 2, undated 0');
    expect(lines).toContain('  overdue (1): b (target 2025)');
    expect(lines).toContain('  stale (1): b (2023-02-01)');
  });
});
