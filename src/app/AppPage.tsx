// The page: URL state → data and filters → map and panels. User actions update the URL state. Composition only.
import { useCallback } from 'react';
import type { RefObject } from 'react';
import type { MapFactory, MapHandle } from '../map/map-types';
import type { DataFile, Fetcher } from '../data/load-features';
import type { UrlState } from '../url-state/use-url-state';
import { todayIso } from '../domain/consistency';
import { cardView } from '../domain/derived-view';
import type { MapFeature } from '../domain/schema';
import { CardHost } from '../components/CardHost';
import { CiteButton } from '../components/lazy-tools';
import { useDataset } from './use-dataset';
import { useDerivedView } from './use-derived-view';
import { useFilterActions } from './use-filter-actions';
import { usePanel } from './use-panel';
import { useMapHandlers } from './use-map-handlers';
import { usePermalink } from './use-permalink';
import { useSelection } from './use-selection';
import { SidePanel } from './SidePanel';
import { MapRegion } from './MapRegion';
import { PageHeader } from './PageHeader';
import { frameFeatures, viewPadding } from './layout';
import { usePageTitle, useTools } from './use-tools';
import { toolProps } from './tool-props';

export interface AppPageProps {
  mapFactory: MapFactory;
  files: DataFile[];
  fetcher?: Fetcher;
  today?: string;
  url: UrlState;
  map: RefObject<MapHandle | null>;
}

const NO_FEATURES: MapFeature[] = [];

export function AppPage({ mapFactory, files, fetcher, today = todayIso(), url, map }: AppPageProps) {
  const { state, notices, history } = url;
  const { state: dataState, retry } = useDataset(files, fetcher);
  const dataset = dataState.status === 'loaded' ? dataState.dataset : null;
  const allFeatures = dataset?.features ?? NO_FEATURES;
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
        <MapRegion
          regionRef={mapRegionRef}
          map={{
            factory: mapFactory,
            features,
            lang: state.lang,
            filters,
            matchingIds: view.matchingIds,
            selectedId: selected?.id ?? null,
            layers: state.layers,
            initialCamera: state.camera,
            fitPadding: viewPadding(),
            handlers: mapHandlers,
            ref: map,
          }}
          messages={{
            map: mapStatus,
            dataLoading: dataState.status === 'loading',
            selected: selected?.properties ?? null,
          }}
          layer={tp.layer}
        />
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
  );
}
