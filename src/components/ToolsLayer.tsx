// What the tools put over the map: the year shown, the embed page's "View full map" link, and the drawer with the
// table or the capacity chart.
import type { YearRange } from '../domain/feed';
import type { ToolView } from './ToolsBar';
import { ToolsDrawer } from './ToolsDrawer';
import { CapacityPanel, TablePanel } from './lazy-tools';
import type { TablePanelProps } from './TablePanel';
import type { CapacityPanelProps } from './CapacityPanel';
import { MapYear } from './MapYear';
import { useT } from '../i18n/I18nProvider';

export interface ToolsLayerProps {
  view: ToolView;
  onCloseView(): void;
  year: number | null;
  range: YearRange | null;
  /** The embed page's link to the same view in full; null outside the embed page. */
  fullMapUrl: string | null;
  table: TablePanelProps;
  capacity: CapacityPanelProps;
}

export function ToolsLayer({ view, onCloseView, year, range, fullMapUrl, table, capacity }: ToolsLayerProps) {
  const tr = useT();
  return (
    <>
      <MapYear year={year} range={range} />
      {fullMapUrl && (
        <a className="embed-link" href={fullMapUrl} target="_blank" rel="noopener noreferrer">
          {tr.t('tools.viewFullMap')}
        </a>
      )}
      {view && (
        <ToolsDrawer
          title={view === 'table' ? tr.t('tools.tableTitle') : tr.t('tools.capacity')}
          onClose={onCloseView}
        >
          {view === 'table' ? <TablePanel {...table} /> : <CapacityPanel {...capacity} />}
        </ToolsDrawer>
      )}
    </>
  );
}
