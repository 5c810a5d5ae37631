// Composition only: URL state → data and filters → map and panels. User actions update the URL state.
import { useCallback, useRef } from 'react';
import { MapView } from '../map/MapView';
import type { MapFactory, MapHandle } from '../map/map-types';
import type { DataFile, Fetcher } from '../data/load-features';
import { useUrlState } from '../url-state/use-url-state';
import type { AppState } from '../url-state/app-state';
import type { ParseOptions } from '../url-state/url-codec';
import { todayIso } from '../domain/consistency';
import { cardView } from '../domain/derived-view';
import type { MapFeature } from '../domain/schema';
import { CardHost } from '../components/CardHost';
import { MapMessages } from '../components/MapMessages';
import { useDataset } from './use-dataset';
import { useDerivedView } from './use-derived-view';
import { useFilterActions } from './use-filter-actions';
import { usePanel } from './use-panel';
import { useMapHandlers } from './use-map-handlers';
import { usePermalink } from './use-permalink';
import { useSelection } from './use-selection';
import { SidePanel } from './SidePanel';
import { PageHeader } from './PageHeader';
import { frameFeatures, viewPadding } from './layout';
import { usePageTitle, useTools } from './use-tools';
import { toolProps } from './tool-props';
import { ToolsLayer } from '../components/ToolsLayer';
import { CiteButton } from '../components/lazy-tools';
import { I18nProvider } from '../i18n/I18nProvider';
import { browserLang } from '../i18n/lang';

export interface AppProps {
  mapFactory: MapFactory;
  files: DataFile[];
  fetcher?: Fetcher;
  today?: string;
}

const URL_OPTIONS: ParseOptions = { yearRange: [1800, 2100], defaultLang: browserLang(navigator.languages) };
const NO_FEATURES: MapFeature[] = [];

export function App({ mapFactory, files, fetcher, today = todayIso() }: AppProps) {
  const { state: dataState, retry } = useDataset(files, fetcher);
  const dataset = dataState.status === 'loaded' ? dataState.dataset : null;
  const allFeatures = dataset?.features ?? NO_FEATURES;
  const map = useRef<MapHandle>(null);
  // Back and Forward: the map follows the camera stored in the entry.
  const onNavigate = useCallback((s: AppState) => s.camera && map.current?.jumpTo(s.camera), []);
  const { state, notices, history } = useUrlState(URL_OPTIONS, onNavigate);
  const tools = useTools({ features: allFeatures, state, history, today, map });
  const { filters, scoped: features } = tools;
  const actions = useFilterActions(history);
  const { selected, select } = useSelection(dataset, state, history, map);
  const { mapStatus, mapHandlers } = useMapHandlers(select, history.setCamera);
  const permalink = usePermalink(selected, state);
  const { layout, skipTargets, searchRef, listRef, mapRegionRef, ...panel } = usePanel(
    selected ? () => select(null, false) : null,
    actions.setQuery,
  );
  usePageTitle(selected);
  const view = useDerivedView(features, filters, today);
  const selectFromList = useCallback((id: string) => select(id, true), [select]);
  const context = {
    state,
    shown: view.shown,
    listFeatures: view.listFeatures,
    selected,
    permalink: permalink.url,
    lang: state.lang,
    today,
    onSelect: selectFromList,
  };
  const tp = toolProps(tools, context);
  return (
    <I18nProvider lang={state.lang}>
      <div className={`app app--panel-${panel.panelOpen && !state.embed ? 'open' : 'closed'}`}>
        {!state.embed && (
          <PageHeader
            skipTargets={skipTargets}
            panelOpen={panel.panelOpen}
            onTogglePanel={panel.togglePanel}
            query={filters.query}
            onQueryChange={panel.onQueryChange}
            onQueryDone={actions.endQuery}
            searchRef={searchRef}
            lang={state.lang}
            onLangChange={actions.setLang}
          />
        )}
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
              lang={state.lang}
              filters={filters}
              matchingIds={view.matchingIds}
              selectedId={selected?.id ?? null}
              layers={state.layers}
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
            <ToolsLayer {...tp.layer} />
          </section>
          {selected && (
            <CardHost
              feature={selected}
              view={cardView(selected.properties, filters)}
              lang={state.lang}
              today={today}
              permalink={permalink}
              onClose={() => select(null, false)}
              onShowYear={actions.showYear}
              tools={tp.cite && <CiteButton {...tp.cite} />}
            />
          )}
          {!state.embed && (
            <SidePanel
              dataset={dataset}
              nothingLoaded={!!dataset && allFeatures.length === 0 && dataset.failures.length >= files.length}
              loading={dataState.status === 'loading'}
              notices={notices}
              onRetry={retry}
              onDismissNotices={history.dismissNotices}
              filters={filters}
              features={features}
              view={view}
              tools={tp}
              context={context}
              actions={actions}
              layout={layout}
              onZoomToResults={() => frameFeatures(map.current, view.shown)}
              listRef={listRef}
            />
          )}
        </main>
      </div>
    </I18nProvider>
  );
}
