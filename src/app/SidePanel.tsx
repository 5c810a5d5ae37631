// Composition of the side panel (a bottom sheet with tabs on phones): alerts, then the Filters, List and About
// sections. A later section (the feed, the table) is one more entry in `tabs`.
import type { Ref } from 'react';
import type { FilterState } from '../domain/filters';
import type { Lang } from '../domain/vocabulary';
import type { Dataset } from '../data/load-features';
import { DataAlerts } from '../components/DataAlerts';
import { YearControl } from '../components/YearControl';
import { BorderFilter } from '../components/BorderFilter';
import { Legend } from '../components/Legend';
import { FeatureList } from '../components/FeatureList';
import { ProgrammePanel } from '../components/ProgrammePanel';
import { AboutSection } from '../components/AboutSection';
import { PanelTabs } from '../components/PanelTabs';
import type { PanelTab } from '../components/PanelTabs';
import { SheetHandle, SheetSizeButtons } from '../components/SheetControls';
import type { useDerivedView } from './use-derived-view';
import type { useFilterActions } from './use-filter-actions';
import type { PanelTabId, usePanelLayout } from './use-panel-layout';

export interface SidePanelProps {
  dataset: Dataset | null;
  nothingLoaded: boolean;
  loading: boolean;
  notices: string[];
  onRetry(): void;
  onDismissNotices(): void;
  filters: FilterState;
  view: ReturnType<typeof useDerivedView>;
  actions: ReturnType<typeof useFilterActions>;
  layout: ReturnType<typeof usePanelLayout>;
  lang: Lang;
  today: string;
  selectedId: string | null;
  onSelect(id: string): void;
  onZoomToResults(): void;
  listRef: Ref<HTMLUListElement>;
}

export function SidePanel({ listRef, ...props }: SidePanelProps) {
  const { filters, view, actions, layout, loading } = props;
  const filtered =
    filters.kinds !== null ||
    filters.statuses !== null ||
    filters.modes !== null ||
    filters.gauges !== null ||
    filters.borders !== null;
  const tabs: (PanelTab & { id: PanelTabId })[] = [
    {
      id: 'filters',
      label: 'Filters',
      content: (
        <>
          <YearControl
            year={filters.year}
            range={view.range}
            shownCount={loading ? null : view.shown.length}
            ghost={filters.ghost}
            changes={view.changes}
            onYearChange={actions.setYear}
            onGhostChange={actions.setGhost}
            onGestureStart={actions.beginGesture}
            onGestureEnd={actions.endGesture}
          />
          <div className="filter-actions">
            <button
              type="button"
              className="filter-actions__button"
              disabled={loading || view.shown.length === 0}
              onClick={props.onZoomToResults}
            >
              Zoom to results
            </button>
            {filtered && (
              <button type="button" className="filter-actions__button" onClick={actions.resetAll}>
                Reset filters
              </button>
            )}
          </div>
          <BorderFilter borders={filters.borders} onChange={actions.setBorders} />
          <Legend
            counts={loading ? null : view.counts}
            filters={filters}
            onToggle={actions.toggle}
            onOnly={actions.only}
            onReset={actions.reset}
          />
        </>
      ),
    },
    {
      id: 'list',
      label: 'List',
      content: (
        <FeatureList
          features={view.listFeatures}
          lang={props.lang}
          today={props.today}
          selectedId={props.selectedId}
          searching={filters.query.trim() !== ''}
          loading={loading}
          onSelect={props.onSelect}
          ref={listRef}
        />
      ),
    },
    {
      id: 'about',
      label: 'About',
      content: (
        <>
          <ProgrammePanel programme={props.dataset?.programme ?? null} />
          <AboutSection />
        </>
      ),
    },
  ];
  return (
    <aside
      id="side-panel"
      className={`side-panel side-panel--${layout.snap}`}
      aria-label="Explore the network"
    >
      {layout.phone && <SheetHandle snap={layout.snap} onSnap={layout.setSnap} />}
      <DataAlerts
        dataset={props.dataset}
        nothingLoaded={props.nothingLoaded}
        notices={props.notices}
        onRetry={props.onRetry}
        onDismissNotices={props.onDismissNotices}
      />
      <PanelTabs
        tabs={tabs}
        active={layout.tab}
        tabbed={layout.phone}
        onSelect={(id) => layout.show(id as PanelTabId)}
        aside={<SheetSizeButtons snap={layout.snap} onSnap={layout.setSnap} />}
      />
    </aside>
  );
}
