// The card's timeline wording: slips against the previous official target, restatements, projections, speakers,
// source links; sources newest first; "Latest report: March 2026".
import { describe, expect, it } from 'vitest';
import {
  compareTargets,
  formatMonth,
  latestReport,
  sourcesNewestFirst,
  targetMarker,
  timelineEntries,
} from '../../src/domain/timeline-view';
import type { FeatureProperties } from '../../src/domain/schema';

const source = (n: number, published?: string, extra: object = {}) => ({
  url: `https://example.org/${n}`,
  title: `Article ${n}`,
  publisher: `Paper ${n}`,
  published,
  ...extra,
});

describe('compareTargets', () => {
  it('calls the first target first, and a later deadline a slip', () => {
    expect(compareTargets(undefined, '2026')).toBe('first');
    expect(compareTargets('2025', '2026')).toBe('slip');
    expect(compareTargets('2019-10', '2019-Q4')).toBe('slip');
    expect(compareTargets('2026-summer', '2026-12-31')).toBe('slip');
  });
  it('does not call a restatement or a rewording a slip', () => {
    expect(compareTargets('2027', '2027')).toBe('restated');
    expect(compareTargets('2028-Q2', '2028')).toBe('restated');
    expect(compareTargets('2026-summer', '2026')).toBe('restated');
    expect(compareTargets('2027', '2027-Q4')).toBe('restated');
    expect(compareTargets('2026-12-31', '2026')).toBe('restated');
    expect(compareTargets('2028', '2028-Q2')).toBe('restated');
    expect(compareTargets('2026', '2026-12-31')).toBe('restated');
  });
  it('calls an earlier deadline brought forward', () => {
    expect(compareTargets('2026-12-31', '2026-summer')).toBe('earlier');
    expect(compareTargets('2028', '2027-Q4')).toBe('earlier');
    expect(targetMarker({ ...timelineEntries(p)[3]!, change: 'earlier', previousTarget: '2030' })).toBe(
      'brought forward from 2030',
    );
  });
});

const p: Pick<FeatureProperties, 'timeline' | 'sources'> = {
  sources: [source(0, '2024-03-01'), source(1, '2025-09-03', { secondary: true }), source(2)],
  timeline: [
    { type: 'agreement', date: '2014-09-29', text: 'Site agreed.', sources: [0], by: 'Both governments' },
    { type: 'target', date: '2024-09-22', target: '2026', text: 'Due by 2026.', sources: [0, 1] },
    {
      type: 'target',
      date: '2025-01-10',
      target: '2030',
      text: 'Analysts expect 2030.',
      sources: [1],
      by: '38 North analysts',
      official: false,
    },
    { type: 'target', date: '2025-05-23', target: '2028', text: 'Completion in 2028.', sources: [9] },
    { type: 'target', target: '2028-Q2', text: 'Q2 2028, date unknown.', sources: [] },
    { type: 'target', date: '2026-03-13', target: '2028', text: '2028 again.', sources: [] },
  ],
};

describe('timelineEntries', () => {
  const entries = timelineEntries(p);

  it('gives each event its date, type, text, speaker and source links', () => {
    expect(entries[0]).toMatchObject({
      date: '29 Sep 2014',
      typeLabel: 'Agreement',
      text: 'Site agreed.',
      by: 'Both governments',
      projection: false,
      change: null,
    });
    expect(entries[1]?.sources.map((s) => s.short)).toEqual(['Paper 0, 1 Mar 2024', 'Paper 1, 3 Sep 2025']);
    // A citation of a missing source is left out rather than rendered as a broken link.
    expect(entries[3]?.sources).toEqual([]);
    expect(entries[4]?.date).toBeNull();
  });

  it('marks a projection and leaves it out of the slip chain', () => {
    expect(entries[2]).toMatchObject({ projection: true, change: null, by: '38 North analysts' });
    expect(targetMarker(entries[2]!)).toBe('projection, not an official target');
    // 2026 → 2028 is the slip; the 2030 projection in between does not count as the previous target.
    expect(entries[3]).toMatchObject({ change: 'slip', previousTarget: '2026' });
    expect(targetMarker(entries[3]!)).toBe('slip from 2026');
  });

  it('marks a refinement or a rewording as the same target, not a slip', () => {
    // Q2 2028 after 2028 is a refinement; 2028 after Q2 2028 is the same target reworded.
    expect(entries[4]).toMatchObject({ change: 'restated', previousTarget: '2028' });
    expect(targetMarker(entries[4]!)).toBe('same target restated');
    expect(entries[5]).toMatchObject({ change: 'restated' });
    expect(targetMarker(entries[5]!)).toBe('same target restated');
    expect(targetMarker(entries[1]!)).toBeNull();
    expect(targetMarker(entries[0]!)).toBeNull();
  });
});

describe('sources', () => {
  it('sorts linkable sources newest first, undated last, keeping their index', () => {
    const sorted = sourcesNewestFirst({
      sources: [
        source(0, '2024-03-01'),
        source(1),
        source(2, '2026'),
        source(3, '2026-03'),
        {
          ...source(4, '2027'),
          url: 'javascript:alert(1)',
        },
      ],
    });
    expect(sorted.map((s) => s.index)).toEqual([2, 3, 0, 1]);
  });

  it('says the month of the newest report', () => {
    expect(formatMonth('2026-03-13')).toBe('March 2026');
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatMonth('2025')).toBe('2025');
    expect(formatMonth('2026-Q1')).toBe('Q1 2026');
    expect(
      latestReport({
        sources: [source(0, '2025-11-04'), source(1, '2026-03-02')],
        verification: { checked: '2026-12-01' },
      }),
    ).toBe('Latest report: March 2026');
    expect(latestReport({ sources: [source(0)], verification: { checked: '2026-12-01' } })).toBeNull();
  });
});
