// The rows of the table view (one per feature that passes the filters) and their sorting, column by column.
import type { FeatureProperties, MapFeature } from './schema';
import { NO_TARGET } from './data-rules';
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';
import { displayLang, displayName } from './feature-view';
import { isOverdue } from './quality';
import { earliestDay, formatPartialDate } from './partial-date';
import { newestSourceDate } from './newest-source';
import type { Lang } from './vocabulary';
import { SECTIONS, STATUSES, KINDS, PRECISIONS } from './vocabulary';
import { kindLabel, sectionLabel, statusLabel } from './labels';
import { capacityFigure, distanceText } from './tool-format';

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

/** A column's header: "Name", "Border section", "Opened or target"… */
export function columnLabel(column: TableColumn, tr: Translator = ENGLISH): string {
  return tr.t(`table.column.${column}` as MessageKey);
}

export interface TableRow {
  id: string;
  /** The language the name is shown in (English where the data has none in the chosen one). */
  nameLang: Lang;
  cells: Record<TableColumn, string>;
  /** What each column sorts by: numbers and ISO dates sort as they should, missing values last. */
  keys: Record<TableColumn, string | number | null>;
  overdue: boolean;
}

type Dated = Pick<FeatureProperties, 'opened' | 'inOperationBy' | 'target'>;

/** "Opened 10 Jun 2022", "In operation by 1994", "Target summer 2026", "Target none announced" (the card's dateLine). */
function dateCell(p: Dated, tr: Translator): string {
  if (p.opened) return tr.t('table.date.opened', { date: formatPartialDate(p.opened, tr) });
  if (p.inOperationBy)
    return tr.t('table.date.inOperationBy', { date: formatPartialDate(p.inOperationBy.date, tr) });
  if (!p.target || p.target === NO_TARGET) return tr.t('table.date.noTarget');
  return tr.t('table.date.target', { date: formatPartialDate(p.target, tr) });
}

/** One feature's row; names in `lang`, the rest in the translator's language. */
export function tableRow(feature: MapFeature, lang: Lang, today: string, tr: Translator = ENGLISH): TableRow {
  const p = feature.properties;
  const overdue = isOverdue(p, today);
  const newest = newestSourceDate(p);
  const capacity = p.facts?.capacity ?? [];
  const dateValue =
    p.opened ?? p.inOperationBy?.date ?? (p.target && p.target !== NO_TARGET ? p.target : null);
  return {
    id: feature.id,
    nameLang: displayLang(p, lang),
    overdue,
    cells: {
      name: displayName(p, lang),
      kind: kindLabel(p.kind, tr),
      section: sectionLabel(p.section, tr),
      status: overdue
        ? tr.t('table.overdue', { status: statusLabel(p.status, tr) })
        : statusLabel(p.status, tr),
      date: dateCell(p, tr),
      capacity: capacity.map((c) => capacityFigure(c, tr)).join('; '),
      precision: tr.t('table.precision', {
        precision: tr.t(`table.precision.${p.location.precision}` as MessageKey),
        radius: distanceText(p.location.radiusM, tr),
      }),
      newestSource: newest ? formatPartialDate(newest, tr) : '',
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

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

/** Stable sort by one column; rows without a value stay last in either direction; ties keep name order. */
export function sortRows(rows: TableRow[], sort: TableSort, lang: Lang = 'en'): TableRow[] {
  // Names sort by the alphabet of the language they are shown in.
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const compareKeys = (a: string | number, b: string | number): number =>
    typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
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
