import { describe, expect, it } from 'vitest';
import { changesInYear } from '../../src/domain/year-changes';
import { FEATURES, withProperties } from '../fixtures/features';

const ids = (list: { id: string }[]) => list.map((f) => f.id);

describe('changesInYear', () => {
  it('lists features opened in the year', () => {
    const changes = changesInYear(FEATURES, 2022);
    expect(ids(changes.opens)).toEqual([
      'blagoveshchensk-heihe-road-bridge',
      'nizhneleninskoye-tongjiang-rail-bridge',
    ]);
  });

  it('counts a not-yet-open feature in the year of its current target', () => {
    expect(ids(changesInYear(FEATURES, 2026).opens)).toEqual(['khasan-tumangang-road-bridge']);
    expect(ids(changesInYear(FEATURES, 2027).opens)).toEqual(['dzhalinda-mohe-bridge']);
  });

  it('never lists a feature with no target announced', () => {
    for (let year = 1900; year <= 2040; year++) {
      expect(ids(changesInYear(FEATURES, year).opens)).not.toContain('example-corridor');
    }
  });

  it('lists construction starts by the event date', () => {
    expect(ids(changesInYear(FEATURES, 2016).constructionStarts)).toEqual([
      'blagoveshchensk-heihe-road-bridge',
    ]);
    expect(ids(changesInYear(FEATURES, 2025).constructionStarts)).toEqual(['khasan-tumangang-road-bridge']);
    expect(changesInYear(FEATURES, 2017).constructionStarts).toEqual([]);
  });

  it('lists a target slip in the year the new target was announced', () => {
    const slips = changesInYear(FEATURES, 2024).slips;
    expect(slips.map((s) => ({ id: s.feature.id, from: s.from, to: s.to }))).toEqual([
      { id: 'dzhalinda-mohe-bridge', from: '2025', to: '2026' },
    ]);
    const bridgeSlips = changesInYear(FEATURES, 2019).slips;
    expect(bridgeSlips.map((s) => [s.from, s.to])).toEqual([['Oct 2019', 'Q4 2019']]);
  });

  it('does not count the first announced target, or a re-announced unchanged one, as a slip', () => {
    // 2021: first target of the Dzhalinda bridge; 2016: first target of the Blagoveshchensk bridge.
    expect(changesInYear(FEATURES, 2021).slips).toEqual([]);
    expect(changesInYear(FEATURES, 2016).slips).toEqual([]);
    const p = withProperties('khasan-tumangang-road-bridge', {}).properties;
    const again = withProperties('khasan-tumangang-road-bridge', {
      timeline: [
        ...p.timeline,
        { type: 'target', date: '2026-02-01', target: '2026-summer', text: 'Target confirmed.', sources: [] },
      ],
    });
    expect(changesInYear([again], 2026).slips).toEqual([]);
  });

  it('does not count a projection or a reworded target as a slip (issue 11)', () => {
    const reworded = withProperties('dzhalinda-mohe-bridge', {
      timeline: [
        { type: 'target', date: '2021-05-01', target: '2028-Q2', text: 'First target.', sources: [] },
        {
          type: 'target',
          date: '2023-05-01',
          target: '2035',
          text: 'Analysts.',
          sources: [],
          official: false,
        },
        { type: 'target', date: '2024-05-01', target: '2028', text: 'Reworded.', sources: [] },
        { type: 'target', date: '2025-05-01', target: '2029', text: 'Moved.', sources: [] },
      ],
    });
    expect(changesInYear([reworded], 2023).slips).toEqual([]);
    expect(changesInYear([reworded], 2024).slips).toEqual([]);
    expect(changesInYear([reworded], 2025).slips.map((s) => [s.from, s.to])).toEqual([['2028', '2029']]);
  });

  it('cannot date a slip whose announcement date is unknown', () => {
    const undated = withProperties('dzhalinda-mohe-bridge', {
      timeline: [
        { type: 'target', date: '2021-05-01', target: '2025', text: 'First target.', sources: [] },
        { type: 'target', target: '2026', text: 'Moved, date unknown.', sources: [] },
      ],
    });
    for (let year = 2021; year <= 2026; year++) expect(changesInYear([undated], year).slips).toEqual([]);
  });

  it('lists closures', () => {
    const changes = changesInYear(FEATURES, 2015);
    expect(ids(changes.closes)).toEqual(['example-closed-ferry']);
    expect(changes.opens).toEqual([]);
  });

  it('is empty for a quiet year', () => {
    expect(changesInYear(FEATURES, 2010)).toEqual({
      opens: [],
      constructionStarts: [],
      slips: [],
      closes: [],
    });
  });
});
