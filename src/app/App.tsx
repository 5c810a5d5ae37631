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
import { SearchBox } from '../components/SearchBox';
import { SkipLinks } from '../components/SkipLinks';
import { useDataset } from './use-dataset';
import { useDerivedView } from './use-derived-view';
import { useFilterActions } from './use-filter-actions';
import { usePageNavigation } from './use-page-navigation';
import { usePanelLayout } from './use-panel-layout';
import { usePermalink } from './use-permalink';
import { useSelection } from './use-selection';
import { SidePanel } from './SidePanel';
import { frameFeatures, viewPadding } from './layout';

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
  const features = dataset?.features ?? NO_FEATURES;
  const nothingLoaded = !!dataset && features.length === 0 && dataset.failures.length >= files.length;
  const map = useRef<MapHandle>(null);
  // Back and Forward: the map follows the camera stored in the entry.
  const onNavigate = useCallback((s: AppState) => s.camera && map.current?.jumpTo(s.camera), []);
  const { state, notices, history } = useUrlState(URL_OPTIONS, onNavigate);
  const { filters, lang } = state;
  const [mapStatus, setMapStatus] = useState<MapStatus>({ state: 'loading' });
  const [panelOpen, setPanelOpen] = useState(true);
  const actions = useFilterActions(history);
  const { selected, select } = useSelection(dataset, state, history, map);
  const permalink = usePermalink(selected, state);
  const layout = usePanelLayout();
  const view = useDerivedView(features, filters);
  const selectFromList = useCallback((id: string) => select(id, true), [select]);
  const mapHandlers: MapHandlers = useMemo(
    () => ({
      onSelect: (id) => select(id, false),
      onCameraChange: history.setCamera,
      onStatus: setMapStatus,
    }),
    [select, history],
  );
  const { skipTargets, searchRef, listRef, mapRegionRef } = usePageNavigation({
    closeCard: selected ? () => select(null, false) : null,
    showList: (tab) => {
      setPanelOpen(true);
      layout.show(tab);
    },
  });
  const onQueryChange = (q: string) => {
    actions.setQuery(q);
    // The results must be in sight: the List tab on a phone, the list scrolled into the panel's view elsewhere.
    if (layout.phone) layout.show('list');
    else listRef.current?.scrollIntoView?.({ block: 'nearest' });
  };
  return (
    <div className={`app ${panelOpen ? 'app--panel-open' : 'app--panel-closed'}`}>
      <SkipLinks targets={skipTargets} />
      <AppHeader
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((o) => !o)}
        search={
          <SearchBox
            query={filters.query}
            onQueryChange={onQueryChange}
            onQueryDone={actions.endQuery}
            ref={searchRef}
          />
        }
      />
      <main className="app-main">
        <section
          className="map-region"
          role="region"
          aria-label="Map"
          id="map-region"
          tabIndex={-1}
          ref={mapRegionRef}
        >
          <MapView
            factory={mapFactory}
            features={features}
            lang={lang}
            filters={filters}
            matchingIds={view.matchingIds}
            selectedId={selected?.id ?? null}
            initialCamera={state.camera}
            fitPadding={viewPadding()}
            handlers={mapHandlers}
            ref={map}
          />
          <MapMessages
            map={mapStatus}
            dataLoading={dataState.status === 'loading'}
            selected={selected?.properties ?? null}
          />
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
          />
        )}
        <SidePanel
          dataset={dataset}
          nothingLoaded={nothingLoaded}
          loading={dataState.status === 'loading'}
          notices={notices}
          onRetry={retry}
          onDismissNotices={history.dismissNotices}
          filters={filters}
          view={view}
          actions={actions}
          layout={layout}
          lang={lang}
          today={today}
          selectedId={selected?.id ?? null}
          onSelect={selectFromList}
          onZoomToResults={() => frameFeatures(map.current, view.shown)}
          listRef={listRef}
        />
      </main>
    </div>
  );
}
