// The rows of the table view (one per feature that passes the filters) and their sorting, column by column.
import type { MapFeature } from './schema';
import { NO_TARGET } from './data-rules';
import { dateLine, formatCapacity, formatRadius } from './feature-view';
import { earliestDay, formatPartialDate } from './partial-date';
import { newestSourceDate } from './newest-source';
import type { Lang } from './vocabulary';
import { KIND_LABEL, SECTION_LABEL, SECTIONS, STATUS_LABEL, STATUSES, KINDS, PRECISIONS } from './vocabulary';
import { displayName } from './feature-view';

export const TABLE_COLUMNS = [
  'name',
  'kind',
  'section',
  'status',
  'date',
  'capacity',
  'precision',
  'newestSource',
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];

export const COLUMN_LABEL: Record<TableColumn, string> = {
  name: 'Name',
  kind: 'Kind',
  section: 'Border section',
  status: 'Status',
  date: 'Opened or target',
  capacity: 'Capacity',
  precision: 'Precision',
  newestSource: 'Newest source',
};

export interface TableRow {
  id: string;
  cells: Record<TableColumn, string>;
  /** What each column sorts by: numbers and ISO dates sort as they should, missing values last. */
  keys: Record<TableColumn, string | number | null>;
  overdue: boolean;
}

const PRECISION_SHORT = { exact: 'Exact', site: 'Site', settlement: 'Settlement', estimated: 'Estimated' };

export function tableRow(feature: MapFeature, lang: Lang, today: string): TableRow {
  const p = feature.properties;
  const line = dateLine(p, today);
  const overdue = line.overdue;
  const newest = newestSourceDate(p);
  const capacity = p.facts?.capacity ?? [];
  const dateValue =
    p.opened ?? p.inOperationBy?.date ?? (p.target && p.target !== NO_TARGET ? p.target : null);
  return {
    id: feature.id,
    overdue,
    cells: {
      name: displayName(p, lang),
      kind: KIND_LABEL[p.kind],
      section: SECTION_LABEL[p.section],
      status: `${STATUS_LABEL[p.status]}${overdue ? ' (overdue)' : ''}`,
      date: `${line.label} ${line.text}`,
      capacity: capacity.map(formatCapacityShort).join('; '),
      precision: `${PRECISION_SHORT[p.location.precision]} ±${formatRadius(p.location.radiusM)}`,
      newestSource: newest ? formatPartialDate(newest) : '',
    },
    keys: {
      name: displayName(p, lang),
      kind: KINDS.indexOf(p.kind),
      section: SECTIONS.indexOf(p.section),
      // Overdue targets sort right after their status, before the others of it.
      status: STATUSES.indexOf(p.status) * 2 + (overdue ? 0 : 1),
      date: dateValue ? (earliestDay(dateValue) ?? null) : null,
      capacity: capacity[0]?.value ?? null,
      precision: PRECISIONS.indexOf(p.location.precision) * 1e7 + p.location.radiusM,
      newestSource: newest ? (earliestDay(newest) ?? null) : null,
    },
  };
}

/** The figure without its note: the table cell stays one line. */
function formatCapacityShort(c: Parameters<typeof formatCapacity>[0]): string {
  return formatCapacity({ ...c, note: undefined });
}

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

function compareKeys(a: string | number | null, b: string | number | null): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/** Stable sort by one column; rows without a value stay last in either direction; ties keep name order. */
export function sortRows(rows: TableRow[], sort: TableSort): TableRow[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => {
      const a = x.row.keys[sort.column];
      const b = y.row.keys[sort.column];
      if (a === null || b === null) {
        if (a !== b) return a === null ? 1 : -1;
      } else {
        const c = compareKeys(a, b);
        if (c !== 0) return sign * c;
      }
      return collator.compare(x.row.cells.name, y.row.cells.name) || x.index - y.index;
    })
    .map((x) => x.row);
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column)
    return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: 'ascending' };
}
