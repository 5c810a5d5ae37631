import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  earliestDay,
  formatPartialDate,
  isPartialDate,
  latestDay,
  parsePartialDate,
  yearOf,
} from '../../src/domain/partial-date';

describe('partial dates', () => {
  it('accepts the forms sources print', () => {
    for (const v of ['2026', '2026-06', '2022-06-10', '2028-Q2', '2023-H1', '2026-summer'])
      expect(isPartialDate(v)).toBe(true);
  });
  it('rejects malformed and impossible dates', () => {
    for (const v of [
      '26',
      '2026-13',
      '2026-02-30',
      '2026-Q5',
      '2026-june',
      '1600',
      '2026-6',
      ' 2026',
      '2026-06-10T00:00',
    ])
      expect(isPartialDate(v)).toBe(false);
  });
  it('gives the year', () => {
    expect(yearOf('2026-summer')).toBe(2026);
    expect(yearOf('x')).toBeNull();
  });
  it('knows the first and last day each form can mean', () => {
    expect(earliestDay('2028-Q2')).toBe('2028-04-01');
    expect(latestDay('2028-Q2')).toBe('2028-06-30');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(earliestDay('2026-summer')).toBe('2026-06-01');
    expect(latestDay('2025')).toBe('2025-12-31');
  });
  it('formats for people', () => {
    expect(formatPartialDate('2022-06-10')).toBe('10 Jun 2022');
    expect(formatPartialDate('2026-06')).toBe('Jun 2026');
    expect(formatPartialDate('2026-summer')).toBe('summer 2026');
    expect(formatPartialDate('2028-Q2')).toBe('Q2 2028');
    expect(parsePartialDate('2023-H1')?.half).toBe(1);
  });
  it('orders by earliest day', () => {
    expect(['2026', '2025-12', '2026-Q1', '2025'].sort(comparePartialDates)).toEqual([
      '2025',
      '2025-12',
      '2026',
      '2026-Q1',
    ]);
  });
});
