import { describe, expect, it } from 'vitest';
import { nextSort, sortRows, tableRow } from '../../src/domain/table-rows';
import { FEATURES, FIXTURE_TODAY, fixture } from '../fixtures/features';

const rows = FEATURES.map((f) => tableRow(f, 'en', FIXTURE_TODAY));
const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('tableRow', () => {
  it('fills every column', () => {
    const r = tableRow(fixture('blagoveshchensk-heihe-road-bridge'), 'en', FIXTURE_TODAY);
    expect(r.cells).toEqual({
      name: 'Blagoveshchensk–Heihe Bridge',
      kind: 'Road bridge',
      section: 'The Amur',
      status: 'Operational',
      date: 'Opened 10 Jun 2022',
      capacity: '3,000,000 t/yr (2023)',
      precision: 'Site ±300 m',
      newestSource: '10 Jun 2022',
    });
  });
  it('marks an overdue target in the status', () => {
    const r = tableRow(fixture('khasan-tumangang-road-bridge'), 'en', FIXTURE_TODAY);
    expect(r.cells.status).toBe('Under construction (overdue)');
    expect(r.overdue).toBe(true);
    expect(r.cells.date).toBe('Target summer 2026');
  });
  it('uses the chosen language for the name', () =>
    expect(tableRow(fixture('dzhalinda-mohe-bridge'), 'ru', FIXTURE_TODAY).cells.name).toBe(
      'Мост Джалинда — Мохэ',
    ));
});

describe('sortRows', () => {
  it('sorts by name both ways', () => {
    const up = ids(sortRows(rows, { column: 'name', direction: 'ascending' }));
    expect(up[0]).toBe('blagoveshchensk-heihe-road-bridge');
    expect(ids(sortRows(rows, { column: 'name', direction: 'descending' }))).toEqual([...up].reverse());
  });
  it('sorts dates chronologically and keeps rows without a value last either way', () => {
    const up = ids(sortRows(rows, { column: 'date', direction: 'ascending' }));
    expect(up.slice(0, 2)).toEqual(['zabaikalsk-manzhouli-rail', 'korea-russia-friendship-bridge']);
    expect(up.at(-1)).toBe('example-corridor');
    expect(ids(sortRows(rows, { column: 'date', direction: 'descending' })).at(-1)).toBe('example-corridor');
  });
  it('sorts capacity by number, not text', () => {
    const up = ids(sortRows(rows, { column: 'capacity', direction: 'ascending' }));
    expect(up[0]).toBe('blagoveshchensk-heihe-road-bridge');
  });
  it('sorts status in vocabulary order, overdue first within a status', () => {
    const up = sortRows(rows, { column: 'status', direction: 'ascending' }).map((r) => r.cells.status);
    expect(up.at(-1)).toBe('Closed');
    expect(up.indexOf('Under construction (overdue)')).toBeGreaterThan(up.lastIndexOf('Operational'));
  });
  it('sorts every column without losing rows', () => {
    for (const column of ['kind', 'section', 'precision', 'newestSource'] as const)
      expect(new Set(ids(sortRows(rows, { column, direction: 'ascending' })))).toEqual(new Set(ids(rows)));
  });
});

describe('nextSort', () => {
  it('flips the sorted column and starts another ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'kind')).toEqual({
      column: 'kind',
      direction: 'ascending',
    });
  });
});
