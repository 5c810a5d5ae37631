import { describe, expect, it } from 'vitest';
import { firstEntries, LIST_PAGE, renderedCount } from '../../src/domain/list-page';

const group = (name: string, n: number, from = 0) => ({
  name,
  features: Array.from({ length: n }, (_, i) => `${name}${from + i}`),
});

describe('the rendered part of the feature list', () => {
  it('keeps every group whole while the list fits', () => {
    const groups = [group('a', 3), group('b', 2)];
    expect(firstEntries(groups, LIST_PAGE)).toEqual({ groups, shown: 5, total: 5 });
  });

  it('cuts in reading order across groups and drops the groups past the cut', () => {
    const groups = [group('a', 3), group('b', 4), group('c', 5)];
    const page = firstEntries(groups, 5);
    expect(page.groups.map((g) => [g.name, g.features])).toEqual([
      ['a', ['a0', 'a1', 'a2']],
      ['b', ['b0', 'b1']],
    ]);
    expect([page.shown, page.total]).toEqual([5, 12]);
  });

  it('renders the requested pages, or up to the end of the page that holds the selection', () => {
    const groups = [group('a', LIST_PAGE), group('b', 3 * LIST_PAGE)];
    expect(renderedCount(groups, LIST_PAGE, () => false)).toBe(LIST_PAGE);
    expect(renderedCount(groups, LIST_PAGE, (f) => f === 'a7')).toBe(LIST_PAGE);
    // b10 is entry LIST_PAGE + 10: the second page.
    expect(renderedCount(groups, LIST_PAGE, (f) => f === 'b10')).toBe(2 * LIST_PAGE);
    expect(renderedCount(groups, LIST_PAGE, (f) => f === `b${2 * LIST_PAGE}`)).toBe(4 * LIST_PAGE);
    expect(renderedCount(groups, 3 * LIST_PAGE, (f) => f === 'b10')).toBe(3 * LIST_PAGE);
  });
});
