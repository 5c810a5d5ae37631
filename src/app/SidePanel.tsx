// Composition of the side panel (a bottom sheet with tabs on phones): alerts, then the Filters (year, span, borders,
// layers, legend), List (the tools' buttons, the "Latest developments" feed, the list) and About (data quality,
// programme, exports, about) sections. On wider screens every section shows, one after the other.
import type { Ref } from 'react';
import type { FilterState } from '../domain/filters';
import type { Notice } from '../url-state/url-codec';
import type { Dataset } from '../data/load-features';
import type { MapFeature } from '../domain/schema';
import { DataAlerts } from '../components/DataAlerts';
import { YearControl } from '../components/YearControl';
import { BorderFilter } from '../components/BorderFilter';
import { Legend } from '../components/Legend';
import { FeatureList } from '../components/FeatureList';
import { DataQuality, ProgrammePanel } from '../components/lazy-tools';
import { AboutSection } from '../components/AboutSection';
import { ExportButtons } from '../components/ExportButtons';
import { FeedSection } from '../components/FeedSection';
import { LayerSwitcher } from '../components/LayerSwitcher';
import { YearRangeControl } from '../components/YearRangeControl';
import { PanelTabs } from '../components/PanelTabs';
import type { PanelTab } from '../components/PanelTabs';
import { SheetHandle, SheetSizeButtons } from '../components/SheetControls';
import type { useDerivedView } from './use-derived-view';
import type { useFilterActions } from './use-filter-actions';
import type { PanelTabId, usePanelLayout } from './use-panel-layout';
import type { ToolContext, toolProps } from './tool-props';
import { useT } from '../i18n/I18nProvider';

export interface SidePanelProps {
  dataset: Dataset | null;
  nothingLoaded: boolean;
  loading: boolean;
  notices: Notice[];
  onRetry(): void;
  onDismissNotices(): void;
  filters: FilterState;
  /** The features in the chosen span (what the filters apply to). */
  features: readonly MapFeature[];
  view: ReturnType<typeof useDerivedView>;
  tools: ReturnType<typeof toolProps>;
  /** The app state, the chosen language, today and the selection (as the tools see them). */
  context: ToolContext;
  actions: ReturnType<typeof useFilterActions>;
  layout: ReturnType<typeof usePanelLayout>;
  onZoomToResults(): void;
  listRef: Ref<HTMLUListElement>;
}

export function SidePanel({ listRef, ...props }: SidePanelProps) {
  const { filters, view, actions, layout, loading, tools, context } = props;
  const { lang, today, onSelect } = context;
  const { t } = useT();
  const filtered =
    filters.kinds !== null ||
    filters.statuses !== null ||
    filters.modes !== null ||
    filters.gauges !== null ||
    filters.borders !== null;
  const tabs: (PanelTab & { id: PanelTabId })[] = [
    {
      id: 'filters',
      label: t('panel.filters'),
      content: (
        <>
          <YearControl
            year={filters.year}
            shownCount={loading ? null : view.shown.length}
            ghost={filters.ghost}
            changes={view.changes}
            onYearChange={actions.setYear}
            onGhostChange={actions.setGhost}
            onGestureStart={actions.beginGesture}
            onGestureEnd={actions.endGesture}
            {...tools.year}
          />
          <YearRangeControl {...tools.range} />
          <div className="filter-actions">
            <button
              type="button"
              className="filter-actions__button"
              disabled={loading || view.shown.length === 0}
              onClick={props.onZoomToResults}
            >
              {t('filters.zoomToResults')}
            </button>
            {filtered && (
              <button type="button" className="filter-actions__button" onClick={actions.resetAll}>
                {t('filters.resetAll')}
              </button>
            )}
          </div>
          <BorderFilter borders={filters.borders} onChange={actions.setBorders} />
          <LayerSwitcher layers={context.state.layers} onChange={actions.setLayers} />
          <Legend
            counts={loading ? null : view.counts}
            filters={filters}
            onToggle={actions.toggle}
            onOnly={actions.only}
            onReset={actions.reset}
            overdueCount={loading ? undefined : view.overdueCount}
          />
        </>
      ),
    },
    {
      id: 'list',
      label: t('panel.list'),
      content: (
        <>
          <FeedSection {...tools.feed} />
          <FeatureList
            features={view.listFeatures}
            lang={lang}
            today={today}
            selectedId={context.selected?.id ?? null}
            searching={filters.query.trim() !== ''}
            loading={loading}
            onSelect={onSelect}
            ref={listRef}
          />
        </>
      ),
    },
    {
      id: 'about',
      label: t('panel.about'),
      content: (
        <>
          <DataQuality features={props.features} today={today} onSelect={onSelect} />
          <ProgrammePanel programme={props.dataset?.programme ?? null} />
          <ExportButtons {...tools.exports} />
          <AboutSection />
        </>
      ),
    },
  ];
  return (
    <aside id="side-panel" className={`side-panel side-panel--${layout.snap}`} aria-label={t('panel.label')}>
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
