import { describe, expect, it } from 'vitest';
import {
  dateLine,
  dateSentence,
  displayLang,
  displayName,
  firstPosition,
  formatCapacity,
  formatLength,
  formatRadius,
  gaugeLine,
  gaugeNote,
  groupBySection,
  listDateText,
  listItemLabel,
  precisionNote,
  safeSources,
  targetHistory,
} from '../../src/domain/feature-view';
import { FEATURES, FIXTURE_TODAY, fixture, withProperties } from '../fixtures/features';

const props = (id: string) => fixture(id).properties;

describe('fixtures', () => {
  it('have unique ids and cover every date shape the views handle', () => {
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
    expect(FEATURES.some((f) => f.properties.target === 'none-announced')).toBe(true);
    expect(FEATURES.some((f) => f.properties.closed)).toBe(true);
  });
});

describe('displayName', () => {
  it('uses the requested language when the data has it', () => {
    expect(displayName(props('blagoveshchensk-heihe-road-bridge'), 'ru')).toBe('Мост Благовещенск — Хэйхэ');
    expect(displayName(props('khasan-tumangang-road-bridge'), 'ko')).toBe('두만강 자동차다리');
  });

  it('falls back to English', () => {
    expect(displayName(props('zabaikalsk-manzhouli-rail'), 'zh')).toBe(
      'Zabaykalsk–Manzhouli railway crossing',
    );
    expect(displayName(props('example-corridor'), 'ru')).toBe('Example Corridor');
  });
});

describe('dateLine', () => {
  it('gives the opening date in full when the feature has opened', () => {
    expect(dateLine(props('blagoveshchensk-heihe-road-bridge'), FIXTURE_TODAY)).toEqual({
      label: 'Opened',
      text: '10 Jun 2022',
      overdue: false,
    });
    expect(dateLine(props('zabaikalsk-manzhouli-rail'), FIXTURE_TODAY)).toEqual({
      label: 'Opened',
      text: '1903',
      overdue: false,
    });
  });

  it('gives the target and whether its last possible day has passed', () => {
    const summer = props('khasan-tumangang-road-bridge');
    expect(dateLine(summer, '2026-11-26')).toEqual({ label: 'Target', text: 'summer 2026', overdue: true });
    expect(dateLine(summer, '2026-08-31')).toEqual({ label: 'Target', text: 'summer 2026', overdue: false });
    expect(dateLine(summer, '2026-09-01')).toMatchObject({ overdue: true });
    expect(dateLine(props('dzhalinda-mohe-bridge'), FIXTURE_TODAY)).toEqual({
      label: 'Target',
      text: '2027',
      overdue: false,
    });
  });

  it('says "none announced" without an overdue flag', () => {
    expect(dateLine(props('example-corridor'), FIXTURE_TODAY)).toEqual({
      label: 'Target',
      text: 'none announced',
      overdue: false,
    });
    expect(dateLine({}, FIXTURE_TODAY)).toEqual({ label: 'Target', text: 'none announced', overdue: false });
  });
});

describe('targetHistory', () => {
  it('lists each announced target in order, then the opening', () => {
    expect(targetHistory(props('blagoveshchensk-heihe-road-bridge'))).toEqual([
      'Oct 2019',
      'Q4 2019',
      '2021',
      'opened 10 Jun 2022',
    ]);
  });

  it('ends at the last announced target when the feature has not opened', () => {
    expect(targetHistory(props('dzhalinda-mohe-bridge'))).toEqual(['2025', '2026', '2027']);
  });

  it('does not count a re-announced unchanged target as a step', () => {
    const p = props('khasan-tumangang-road-bridge');
    const repeated = { ...p, timeline: [...p.timeline, ...p.timeline] };
    expect(targetHistory(repeated)).toEqual(['summer 2026']);
  });

  it('appends a current target that no timeline event announced, or "none announced"', () => {
    const p = props('dzhalinda-mohe-bridge');
    expect(targetHistory({ ...p, target: '2028-H2' })).toEqual(['2025', '2026', '2027', 'H2 2028']);
    expect(targetHistory({ ...p, target: 'none-announced' })).toEqual([
      '2025',
      '2026',
      '2027',
      'none announced',
    ]);
  });

  it('is empty when no target was ever recorded', () => {
    expect(targetHistory(props('zabaikalsk-manzhouli-rail'))).toEqual([]);
  });
});

describe('gauge', () => {
  it('notes a break of gauge, naming the foreign side by the border', () => {
    expect(gaugeNote(props('zabaikalsk-manzhouli-rail'))).toBe(
      'Break of gauge: Russian 1520 mm ↔ Chinese 1435 mm',
    );
    const korean = {
      border: 'kp' as const,
      facts: { gauge: { ru: '1520' as const, foreign: '1435' as const } },
    };
    expect(gaugeNote(korean)).toBe('Break of gauge: Russian 1520 mm ↔ North Korean 1435 mm');
    expect(gaugeNote({ facts: korean.facts })).toBe('Break of gauge: Russian 1520 mm ↔ foreign 1435 mm');
  });

  it('notes dual-gauge track on either side', () => {
    const dual = 'Dual-gauge track (1520 and 1435 mm) crosses the border';
    expect(gaugeNote(props('korea-russia-friendship-bridge'))).toBe(dual);
    expect(gaugeNote(props('nizhneleninskoye-tongjiang-rail-bridge'))).toBe(dual);
  });

  it('says nothing when the gauges match, one side is unknown, or no gauge is given', () => {
    expect(gaugeNote({ facts: { gauge: { ru: '1520', foreign: '1520' } } })).toBeNull();
    expect(gaugeNote({ facts: { gauge: { ru: '1520' } } })).toBeNull();
    expect(gaugeNote(props('blagoveshchensk-heihe-road-bridge'))).toBeNull();
  });

  it('describes both sides in the gauge line', () => {
    expect(gaugeLine(props('zabaikalsk-manzhouli-rail'))).toBe('1520 mm (Russia), 1435 mm (China)');
    expect(gaugeLine(props('korea-russia-friendship-bridge'))).toBe(
      '1520 mm (Russia), dual (1520 and 1435 mm) (North Korea)',
    );
    expect(gaugeLine({ facts: { gauge: { ru: '1520' } } })).toBe('1520 mm (Russia)');
    expect(gaugeLine(props('example-corridor'))).toBeNull();
  });
});

describe('precisionNote and units', () => {
  it('states the precision, the radius and how the point was placed', () => {
    expect(precisionNote(props('dzhalinda-mohe-bridge'))).toMatch(
      /^Estimated location \(±5 km\): Nearest border point to Dzhalinda\. Placement rule: the point of the border line nearest /,
    );
    expect(precisionNote(props('zabaikalsk-manzhouli-rail'))).toBe(
      'Exact coordinates (±100 m): Coordinates printed for the checkpoint.',
    );
    expect(precisionNote(props('example-closed-ferry'))).toMatch(
      /^Coordinates of the settlement \(±3 km\): /,
    );
  });

  it('formats radii and lengths in the unit a reader pictures', () => {
    expect(formatRadius(300)).toBe('300 m');
    expect(formatRadius(1500)).toBe('1.5 km');
    expect(formatRadius(20000)).toBe('20 km');
    expect(formatLength(1080)).toBe('1,080 m');
    expect(formatLength(2209)).toBe('2,209 m');
    expect(formatLength(12_540)).toBe('12.5 km');
  });

  it('formats a capacity with its year and note', () => {
    expect(
      formatCapacity({ value: 3_000_000, unit: 't/yr', year: 2023, note: 'design freight capacity' }),
    ).toBe('3,000,000 t/yr (2023) — design freight capacity');
    expect(formatCapacity({ value: 22.5, unit: 'Mt/yr' })).toBe('22.5 Mt/yr');
  });
});

describe('safeSources', () => {
  it('keeps only http(s) links', () => {
    const hostile = withProperties('zabaikalsk-manzhouli-rail', {
      sources: [
        { url: 'javascript:alert(1)', title: 'Bad', publisher: 'X' },
        { url: 'https://example.org/ok', title: 'Good', publisher: 'Y' },
        { url: 'data:text/html,<script>alert(1)</script>', title: 'Bad too', publisher: 'Z' },
        { url: 'http://example.org/plain', title: 'Plain', publisher: 'W' },
      ],
    });
    expect(safeSources(hostile.properties).map((s) => s.title)).toEqual(['Good', 'Plain']);
  });
});

describe('list rows', () => {
  it('gives the year of the opening, closure or target', () => {
    expect(listDateText(props('blagoveshchensk-heihe-road-bridge'))).toBe('opened 2022');
    expect(listDateText(props('khasan-tumangang-road-bridge'))).toBe('target 2026');
    expect(listDateText(props('example-closed-ferry'))).toBe('opened 1995, closed 2015');
    expect(listDateText(props('example-corridor'))).toBe('no target announced');
  });

  it('labels a row starting with the English name', () => {
    const bridge = props('blagoveshchensk-heihe-road-bridge');
    expect(listItemLabel(bridge, 'en', FIXTURE_TODAY)).toBe(
      'Blagoveshchensk–Heihe Bridge, Operational, opened 2022',
    );
    expect(listItemLabel(bridge, 'ru', FIXTURE_TODAY)).toBe(
      'Blagoveshchensk–Heihe Bridge, Мост Благовещенск — Хэйхэ, Operational, opened 2022',
    );
    expect(listItemLabel(props('khasan-tumangang-road-bridge'), 'en', FIXTURE_TODAY)).toBe(
      'Khasan–Tumangang Road Bridge, Under construction, target 2026, overdue',
    );
  });
});

describe('groupBySection', () => {
  it('orders groups by SECTIONS and leaves out empty ones', () => {
    expect(groupBySection(FEATURES).map((g) => g.section)).toEqual([
      'transbaikal',
      'amur',
      'ussuri',
      'tumen',
      'hinterland',
    ]);
  });

  it('sorts along the Amur west to east', () => {
    const amur = groupBySection(FEATURES).find((g) => g.section === 'amur');
    expect(amur?.features.map((f) => f.id)).toEqual([
      'dzhalinda-mohe-bridge',
      'blagoveshchensk-heihe-road-bridge',
      'nizhneleninskoye-tongjiang-rail-bridge',
    ]);
  });

  it('sorts the Tumen north to south', () => {
    const tumen = groupBySection(FEATURES).find((g) => g.section === 'tumen');
    expect(tumen?.features.map((f) => f.id)).toEqual([
      'korea-russia-friendship-bridge',
      'khasan-tumangang-road-bridge',
    ]);
  });

  it('does not reorder its input', () => {
    const input = [...FEATURES];
    groupBySection(input);
    expect(input.map((f) => f.id)).toEqual(FEATURES.map((f) => f.id));
  });

  it('uses the first vertex of a line', () => {
    expect(firstPosition(fixture('example-corridor'))).toEqual([131.9, 43.1]);
  });
});

describe('precisionNote with the placement rule', () => {
  it('names the rule and the anchor settlement', async () => {
    const { precisionNote } = await import('../../src/domain/feature-view');
    const note = precisionNote({
      location: {
        precision: 'estimated',
        radiusM: 17_500,
        note: 'No source prints the checkpoint position.',
        rule: 'nearest-border-point',
        anchor: { name: 'Pogranichny', lon: 131.3778, lat: 44.4097, source: 'GeoNames' },
      },
    });
    expect(note).toMatch(/^Estimated location \(±17\.5 km\): No source prints/);
    expect(note).toMatch(/nearest Pogranichny/);
  });
});

describe('the language a name is shown in', () => {
  it('is the chosen one when the data has the name in it, else English', () => {
    const p = { name: { en: 'Khasan', ko: '하산' } };
    expect(displayLang(p, 'ko')).toBe('ko');
    expect(displayLang(p, 'ru')).toBe('en');
    expect(displayName(p, 'ru')).toBe('Khasan');
  });
});

describe('dates that mean what they say (issue 11)', () => {
  const listed = { inOperationBy: { date: '1994', source: 0 } };

  it('says "in operation by 1994 (opening date unknown)" when only an earliest mention is known', () => {
    const line = dateLine({ status: 'operational', ...listed }, FIXTURE_TODAY);
    expect(line).toEqual({ label: 'In operation by', text: '1994', overdue: false });
    expect(dateSentence(line)).toBe('In operation by 1994 (opening date unknown)');
    expect(dateSentence(dateLine({ opened: '2022-06-10' }, FIXTURE_TODAY))).toBe('Opened 10 Jun 2022');
    expect(dateSentence(dateLine({ target: '2027' }, FIXTURE_TODAY))).toBe('Target: 2027');
    expect(listDateText({ ...listed })).toBe('in operation by 1994');
    expect(listDateText({ ...listed, closed: '2010' })).toBe('in operation by 1994, closed 2010');
  });

  it('computes overdue from the status: an operational feature with a stale target is not overdue', () => {
    expect(dateLine({ status: 'operational', target: '2020' }, FIXTURE_TODAY)).toMatchObject({
      overdue: false,
    });
    expect(dateLine({ status: 'planned', target: '2020' }, FIXTURE_TODAY)).toMatchObject({ overdue: true });
  });

  it('leaves projections and reworded targets out of the target history', () => {
    const p = props('dzhalinda-mohe-bridge');
    const timeline = [
      ...p.timeline,
      {
        type: 'target' as const,
        date: '2026-01-01',
        target: '2035',
        text: 'Think tank.',
        sources: [],
        official: false,
      },
      { type: 'target' as const, date: '2026-02-01', target: '2027-Q4', text: 'End of 2027.', sources: [] },
    ];
    expect(targetHistory({ ...p, timeline, target: '2027-Q4' })).toEqual(['2025', '2026', '2027']);
  });
});
