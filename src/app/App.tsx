// Composition only: URL state → data and filters → map and panels. User actions update the URL state.
import { useCallback, useMemo, useRef, useState } from 'react';
import { MapView } from '../map/MapView';
import type { MapFactory, MapHandle, MapHandlers, MapStatus } from '../map/map-types';
import type { DataFile, Fetcher } from '../data/load-features';
import { useUrlState } from '../url-state/use-url-state';
import type { AppState } from '../url-state/app-state';
import type { ParseOptions } from '../url-state/url-codec';
import { todayIso } from '../domain/consistency';
import { cardView } from '../domain/derived-view';
import type { MapFeature } from '../domain/schema';
import { AppHeader } from '../components/AppHeader';
import { CardHost } from '../components/CardHost';
import { MapMessages } from '../components/MapMessages';
import { FeatureList } from '../components/FeatureList';
import { Legend } from '../components/Legend';
import { YearControl } from '../components/YearControl';
import { BorderFilter } from '../components/BorderFilter';
import { LayerSwitcher } from '../components/LayerSwitcher';
import { DataAlerts } from '../components/DataAlerts';
import { ProgrammePanel } from '../components/ProgrammePanel';
import { AboutSection } from '../components/AboutSection';
import { DataQuality } from '../components/DataQuality';
import { useDataset } from './use-dataset';
import { useDerivedView } from './use-derived-view';
import { useFilterActions } from './use-filter-actions';
import { usePermalink } from './use-permalink';
import { useSelection } from './use-selection';
import { viewPadding } from './layout';
import { usePageTitle, useTools } from './use-tools';
import { toolProps } from './tool-props';
import { ToolsLayer } from '../components/ToolsLayer';
import { FeedSection } from '../components/FeedSection';
import { ExportButtons } from '../components/ExportButtons';
import { CiteButton } from '../components/CiteDialog';
import { YearRangeControl } from '../components/YearRangeControl';

export interface AppProps {
  mapFactory: MapFactory;
  files: DataFile[];
  fetcher?: Fetcher;
  today?: string;
}

const URL_OPTIONS: ParseOptions = { yearRange: [1800, 2100] };
const NO_FEATURES: MapFeature[] = [];

export function App({ mapFactory, files, fetcher, today = todayIso() }: AppProps) {
  const { state: dataState, retry } = useDataset(files, fetcher);
  const dataset = dataState.status === 'loaded' ? dataState.dataset : null;
  const allFeatures = dataset?.features ?? NO_FEATURES;
  const map = useRef<MapHandle>(null);
  // Back and Forward: the map follows the camera stored in the entry.
  const onNavigate = useCallback((s: AppState) => s.camera && map.current?.jumpTo(s.camera), []);
  const { state, notices, history } = useUrlState(URL_OPTIONS, onNavigate);
  const { lang } = state;
  const tools = useTools({ features: allFeatures, state, history, today, map });
  const { filters, scoped: features } = tools;
  const [mapStatus, setMapStatus] = useState<MapStatus>({ state: 'loading' });
  const [panelOpen, setPanelOpen] = useState(true);
  const actions = useFilterActions(history);
  const { selected, select } = useSelection(dataset, state, history, map);
  const permalink = usePermalink(selected, state);
  usePageTitle(selected);

  const view = useDerivedView(features, filters, today);
  const selectFromList = useCallback((id: string) => select(id, true), [select]);
  const tp = toolProps(tools, {
    state,
    shown: view.shown,
    listFeatures: view.listFeatures,
    selected,
    permalink: permalink.url,
    lang,
    today,
    onSelect: selectFromList,
  });
  const mapHandlers: MapHandlers = useMemo(
    () => ({
      onSelect: (id) => select(id, false),
      onCameraChange: history.setCamera,
      onStatus: setMapStatus,
    }),
    [select, history],
  );

  return (
    <div className={`app app--panel-${panelOpen && !state.embed ? 'open' : 'closed'}`}>
      {!state.embed && <AppHeader panelOpen={panelOpen} onTogglePanel={() => setPanelOpen((o) => !o)} />}
      <main className="app-main">
        <section className="map-region" role="region" aria-label="Map">
          <MapView
            factory={mapFactory}
            features={features}
            lang={lang}
            filters={filters}
            matchingIds={view.matchingIds}
            selectedId={selected?.id ?? null}
            layers={state.layers}
            initialCamera={state.camera}
            fitPadding={viewPadding()}
            handlers={mapHandlers}
            ref={map}
          />
          <MapMessages map={mapStatus} dataLoading={dataState.status === 'loading'} />
          <ToolsLayer {...tp.layer} />
        </section>
        {selected && (
          <CardHost
            feature={selected}
            view={cardView(selected.properties, filters)}
            lang={lang}
            today={today}
            permalink={permalink}
            onClose={() => select(null, false)}
            onShowYear={actions.showYear}
            tools={tp.cite && <CiteButton {...tp.cite} />}
          />
        )}
        {!state.embed && (
          <aside id="side-panel" className="side-panel" aria-label="Explore the network">
            <DataAlerts
              dataset={dataset}
              notices={notices}
              onRetry={retry}
              onDismissNotices={history.dismissNotices}
            />
            <FeedSection {...tp.feed} />
            <YearControl
              year={filters.year}
              shownCount={view.shown.length}
              ghost={filters.ghost}
              changes={view.changes}
              onYearChange={actions.setYear}
              onGhostChange={actions.setGhost}
              onGestureStart={actions.beginGesture}
              onGestureEnd={actions.endGesture}
              {...tp.year}
            />
            <YearRangeControl {...tp.range} />
            <BorderFilter borders={filters.borders} onChange={actions.setBorders} />
            <LayerSwitcher layers={state.layers} onChange={actions.setLayers} />
            <Legend
              kindCounts={view.kindCounts}
              statusCounts={view.statusCounts}
              filters={filters}
              onToggleKind={actions.toggleKind}
              onToggleStatus={actions.toggleStatus}
              overdueCount={view.overdueCount}
            />
            <FeatureList
              features={view.listFeatures}
              lang={lang}
              today={today}
              selectedId={selected?.id ?? null}
              query={filters.query}
              onQueryChange={actions.setQuery}
              onQueryDone={actions.endQuery}
              onSelect={selectFromList}
            />
            <DataQuality features={features} today={today} onSelect={selectFromList} />
            <ProgrammePanel programme={dataset?.programme ?? null} />
            <ExportButtons {...tp.exports} />
            <AboutSection />
          </aside>
        )}
      </main>
    </div>
  );
}
