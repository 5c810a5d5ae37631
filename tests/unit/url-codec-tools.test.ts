// The tools' URL parameters: embed, since and the from–to year range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseAppState, serialiseAppState } from '../../src/url-state/url-codec';
import { DEFAULT_STATE } from '../../src/url-state/app-state';

const parse = (search: string) => parseAppState(search, '');

describe('embed, since, from–to', () => {
  it('reads them', () => {
    const { state, notices } = parse('?embed=1&since=2025-06-01&from=2026&to=2030');
    expect(state.embed).toBe(true);
    expect(state.since).toBe('2025-06-01');
    expect(state.range).toEqual({ from: 2026, to: 2030 });
    expect(notices).toEqual([]);
  });

  it('round-trips them and drops them when unset', () => {
    const state = { ...DEFAULT_STATE, embed: true, since: '2024-02-29', range: { from: 1990, to: 2027 } };
    const { search } = serialiseAppState(state);
    expect(search).toContain('embed=1');
    expect(parse(search).state).toMatchObject({
      embed: true,
      since: '2024-02-29',
      range: { from: 1990, to: 2027 },
    });
    expect(serialiseAppState(DEFAULT_STATE).search).toBe('');
  });

  it.each([
    ['embed=true', 'embed'],
    ['embed=<script>', 'embed'],
    ['since=2025-02-30', 'since'],
    ['since=2025-06', 'since'],
    ['since=javascript:alert(1)', 'since'],
    ['from=2030&to=2026', 'range'],
    ['from=2026', 'range'],
    ['from=1700&to=2026', 'range'],
    ['from=20x6&to=2030', 'range'],
  ])('ignores %s with a notice', (query, field) => {
    const { state, notices } = parse(`?${query}`);
    expect((state as unknown as Record<string, unknown>)[field] ?? null).toBeNull();
    expect(state.embed ?? false).toBe(false);
    expect(notices.length).toBeGreaterThan(0);
  });

  it('never throws and never keeps an invalid value (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (since, from, to) => {
        const q = new URLSearchParams({ since, from, to, embed: since }).toString();
        const { state } = parse(`?${q}`);
        if (state.since) expect(state.since).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        if (state.range) expect(state.range.from).toBeLessThan(state.range.to);
      }),
      { numRuns: 300 },
    );
  });
});
