// The table view: the filtered features, sortable by every column, in step with the map's selection.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { TableColumn, TableSort } from '../domain/table-rows';
import { TABLE_COLUMNS, columnLabel, nextSort, sortRows, tableRow } from '../domain/table-rows';
import { useT } from '../i18n/I18nProvider';
import './tools.css';

export interface TablePanelProps {
  features: MapFeature[];
  lang: Lang;
  today: string;
  selectedId: string | null;
  onSelect(id: string): void;
}

export function TablePanel({ features, lang, today, selectedId, onSelect }: TablePanelProps) {
  const tr = useT();
  const [sort, setSort] = useState<TableSort>({ column: 'name', direction: 'ascending' });
  const rows = useMemo(
    () =>
      sortRows(
        features.map((f) => tableRow(f, lang, today, tr)),
        sort,
        lang,
      ),
    [features, lang, today, sort, tr],
  );
  const selectedRow = useRef<HTMLTableRowElement>(null);

  // A feature chosen on the map scrolls its row into view.
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  return (
    <div className="table-panel__scroll">
      <table className="table-panel">
        <caption className="table-panel__caption">
          <span className="table-panel__caption-text">
            {tr.t('table.caption', {
              count: rows.length,
              column: columnLabel(sort.column, tr).toLocaleLowerCase(tr.intl.locale),
              direction: sort.direction,
            })}
          </span>
        </caption>
        <thead>
          <tr>
            {TABLE_COLUMNS.map((column: TableColumn) => (
              <th
                key={column}
                scope="col"
                aria-sort={sort.column === column ? sort.direction : 'none'}
                className="table-panel__header"
              >
                <button
                  type="button"
                  className="table-panel__sort"
                  onClick={() => setSort((s) => nextSort(s, column))}
                >
                  {columnLabel(column, tr)}
                  <span aria-hidden="true" className="table-panel__arrow">
                    {sort.column === column ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const selected = row.id === selectedId;
            return (
              <tr
                key={row.id}
                ref={selected ? selectedRow : undefined}
                className={selected ? 'table-panel__row table-panel__row--selected' : 'table-panel__row'}
                aria-current={selected ? 'true' : undefined}
                data-id={row.id}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="table-panel__name"
                    lang={row.nameLang === tr.lang ? undefined : row.nameLang}
                    onClick={() => onSelect(row.id)}
                  >
                    {row.cells.name}
                  </button>
                </th>
                {TABLE_COLUMNS.slice(1).map((column) => (
                  <td
                    key={column}
                    className={column === 'status' && row.overdue ? 'table-panel__overdue' : undefined}
                  >
                    {row.cells[column]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
