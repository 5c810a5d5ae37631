// Composition only: URL state → data and filters → map and panels. User actions update the URL state.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Position } from 'geojson';
import { MapView } from '../map/MapView';
import type { MapFactory, MapStatus, Padding } from '../map/map-types';
import type { DataFile, Fetcher } from '../data/load-features';
import { useDataset } from './use-dataset';
import { useUrlState } from '../url-state/use-url-state';
import { parseCamera, serialiseAppState } from '../url-state/url-codec';
import type { AppState, Camera } from '../url-state/app-state';
import type { FilterState } from '../domain/filters';
import {
  inYear,
  matchesQuery,
  passesNonYearFilters,
  visibility,
  yearRange,
  fromYear,
  NEVER,
} from '../domain/filters';
import { anchorPosition } from '../domain/geometry';
import type { MapFeature } from '../domain/schema';
import { KINDS, STATUSES } from '../domain/vocabulary';
import type { Border, Kind, Status } from '../domain/vocabulary';
import { changesInYear } from '../domain/year-changes';
import { FeatureCard } from '../components/FeatureCard';
import { FeatureList } from '../components/FeatureList';
import { Legend } from '../components/Legend';
import { YearControl } from '../components/YearControl';
import { BorderFilter } from '../components/BorderFilter';
import { ShareButton } from '../components/ShareButton';
import { DataAlerts } from '../components/DataAlerts';
import { ProgrammePanel } from '../components/ProgrammePanel';
import { AboutSection } from '../components/AboutSection';
import { useTools, FOCUS_FROM } from './use-tools';
import { ToolsBar } from '../components/ToolsBar';
import { ToolsDrawer } from '../components/ToolsDrawer';
import { TablePanel } from '../components/TablePanel';
import { CapacityPanel } from '../components/CapacityPanel';
import { Feed } from '../components/Feed';
import { ExportButtons } from '../components/ExportButtons';
import { CiteButton } from '../components/CiteDialog';
import { YearRangeControl } from '../components/YearRangeControl';
import { MapYear } from '../components/MapYear';

export interface AppProps {
  mapFactory: MapFactory;
  files: DataFile[];
  fetcher?: Fetcher;
  today?: string;
}

const FALLBACK_RANGE: [number, number] = [1990, 2030];

/** The phone layout of styles.css (max-width: 480px): the side panel and the card become a bottom sheet. */
const isPhone = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(max-width: 480px)').matches;

/** The part of the map a feature card covers: the bottom sheet on phones, the left column on wider screens. */
function cardPadding(): Padding {
  if (isPhone()) return { top: 40, right: 20, bottom: Math.round(window.innerHeight * 0.55), left: 20 };
  return { top: 40, right: 40, bottom: 40, left: 400 };
}

/** Room around the default view: on phones the bottom sheet covers the lower 44 % of the map. */
function viewPadding(): Padding {
  if (isPhone()) return { top: 16, right: 16, bottom: Math.round(window.innerHeight * 0.44) + 8, left: 16 };
  return { top: 20, right: 20, bottom: 20, left: 20 };
}

function toggle<T extends string>(current: T[] | null, all: readonly T[], value: T): T[] | null {
  const set = new Set(current ?? all);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  const next = all.filter((v) => set.has(v));
  return next.length === all.length ? null : next;
}

export function App({ mapFactory, files, fetcher, today = new Date().toISOString().slice(0, 10) }: AppProps) {
  const { state: dataState, retry } = useDataset(files, fetcher);
  const dataset = dataState.status === 'loaded' ? dataState.dataset : null;
  const allFeatures = useMemo(() => dataset?.features ?? [], [dataset]);
  const range = useMemo(
    () =>
      yearRange(
        allFeatures.map((f) => f.properties),
        FALLBACK_RANGE,
      ),
    [allFeatures],
  );

  const url = useUrlState({ yearRange: [1800, 2100] });
  // The hook's functions are stable; depending on them (not on the object) keeps callbacks stable across renders.
  const { state, push, setCamera } = url;
  const [query, setQuery] = useState('');
  const [mapStatus, setMapStatus] = useState<MapStatus>({ state: 'loading' });
  const [panelOpen, setPanelOpen] = useState(true);
  const [flyRequest, setFlyRequest] = useState<{ position: Position; padding?: Padding; seq: number } | null>(
    null,
  );
  const [cameraRequest, setCameraRequest] = useState<{ camera: Camera; seq: number } | null>(null);
  const [extraNotices, setExtraNotices] = useState<string[]>([]);
  const seq = useRef(0);

  const selected: MapFeature | null = (state.feature && dataset?.byId.get(state.feature)) || null;
  const tools = useTools({ features: allFeatures, state, push, today, selected, yearBounds: range });
  const features = tools.scoped;
  const { scopeFilters } = tools;
  const filters: FilterState = useMemo(
    () => scopeFilters({ ...state.filters, query }),
    [state.filters, query, scopeFilters],
  );

  const shown = useMemo(
    () => features.filter((f) => visibility(f.properties, filters) === 'shown'),
    [features, filters],
  );
  const matchingIds = useMemo(
    () => (query.trim() ? features.filter((f) => matchesQuery(f.properties, query)).map((f) => f.id) : null),
    [features, query],
  );

  // Legend counts: what is shown now per kind and per status (each ignoring its own dimension's filter).
  const kindCounts = useMemo(() => {
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const f = { ...filters, kinds: null };
    for (const x of features) if (visibility(x.properties, f) === 'shown') counts[x.properties.kind] += 1;
    return counts;
  }, [features, filters]);
  const statusCounts = useMemo(() => {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    const f = { ...filters, statuses: null };
    for (const x of features) if (visibility(x.properties, f) === 'shown') counts[x.properties.status] += 1;
    return counts;
  }, [features, filters]);

  const changes = useMemo(
    () => (filters.year === null ? null : changesInYear(features, filters.year)),
    [features, filters.year],
  );

  // A linked id the data does not have: say so and drop it from the URL.
  useEffect(() => {
    if (dataset && state.feature && !dataset.byId.has(state.feature)) {
      setExtraNotices((n) => [...n, 'The linked feature was not found; showing the whole map.']);
      push((s) => ({ ...s, feature: null }));
    }
  }, [dataset, state.feature, push]);

  // A feature link without #map centres on the feature once the data is there.
  const centredOnLink = useRef(false);
  useEffect(() => {
    if (centredOnLink.current || !dataset) return;
    centredOnLink.current = true;
    const f = state.feature ? dataset.byId.get(state.feature) : undefined;
    if (f && !state.camera)
      setFlyRequest({ position: anchorPosition(f.geometry), padding: cardPadding(), seq: ++seq.current });
  }, [dataset, state.feature, state.camera]);

  // Back/Forward: follow the camera stored in the entry (read from the URL itself, not from possibly stale state).
  useEffect(() => {
    const onPop = () => {
      const camera = parseCamera(window.location.hash);
      if (camera) setCameraRequest({ camera, seq: ++seq.current });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const pushFilters = useCallback(
    (update: (f: FilterState) => Partial<FilterState>) =>
      push((s: AppState) => ({ ...s, filters: { ...s.filters, ...update(s.filters) } })),
    [push],
  );

  const select = useCallback(
    (id: string | null, fly: boolean) => {
      push((s) => ({ ...s, feature: id }));
      const f = id ? dataset?.byId.get(id) : undefined;
      if (f && fly)
        setFlyRequest({ position: anchorPosition(f.geometry), padding: cardPadding(), seq: ++seq.current });
    },
    [push, dataset],
  );

  const selectFromList = useCallback((id: string) => select(id, true), [select]);
  // The list of a big dataset takes longer to render than the map's filter takes to apply: React renders it after
  // the urgent update, so the map and the counts follow a key at once and the list a moment later.
  const listFeatures = useDeferredValue(shown);

  const mapHandlers = useMemo(
    () => ({
      onSelect: (id: string | null) => select(id, false),
      onCameraChange: (camera: Camera) => setCamera(camera),
      onStatus: (s: MapStatus) => setMapStatus(s),
    }),
    [select, setCamera],
  );

  const hiddenBy = useMemo(() => {
    if (!selected || filters.year === null || inYear(selected.properties, filters.year)) return null;
    const due = fromYear(selected.properties);
    return { year: filters.year, dueYear: due === NEVER ? null : due };
  }, [selected, filters.year]);

  const permalink = useMemo(() => {
    if (!selected) return '';
    const { search } = serialiseAppState({ ...state, camera: null, feature: selected.id });
    return `${window.location.origin}${window.location.pathname}${search}`;
  }, [selected, state]);

  const [permalinkNotice, setPermalinkNotice] = useState<string | null>(null);
  useEffect(() => setPermalinkNotice(null), [selected?.id]);
  const copyPermalink = useCallback(() => {
    const copied = navigator.clipboard?.writeText(permalink);
    if (!copied) return setPermalinkNotice(`Copy this link: ${permalink}`);
    copied.then(
      () => setPermalinkNotice('Link to this feature copied.'),
      () => setPermalinkNotice(`Copy this link: ${permalink}`),
    );
  }, [permalink]);

  const notices = [...url.notices, ...extraNotices];
  const shownCount = shown.length;
  const selectedHiddenByOthers = selected && !passesNonYearFilters(selected.properties, filters);

  const feedId = 'latest-developments';
  const hrefFor = (id: string) => `?${new URLSearchParams({ feature: id, v: '1' }).toString()}`;
  return (
    <div
      className={`app ${panelOpen && !state.embed ? 'app--panel-open' : 'app--panel-closed'}${state.embed ? ' app--embed' : ''}`}
    >
      {!state.embed && (
        <header className="app-header">
          <div className="app-header__titles">
            <h1 className="app-header__title">Border Logistics Map</h1>
            <p className="app-header__lede">
              Russia&rsquo;s land links with China and North Korea: crossings, bridges, hubs and ports, with
              status, target dates and sources.
            </p>
          </div>
          <div className="app-header__actions">
            <ShareButton getUrl={() => window.location.href} />
            <button
              type="button"
              className="app-header__panel-toggle"
              aria-expanded={panelOpen}
              aria-controls="side-panel"
              onClick={() => setPanelOpen((o) => !o)}
            >
              {panelOpen ? 'Hide panel' : 'Show panel'}
            </button>
          </div>
        </header>
      )}
      <main className="app-main">
        <section className="map-region" role="region" aria-label="Map">
          <MapView
            factory={mapFactory}
            features={features}
            lang={state.lang}
            filters={filters}
            matchingIds={matchingIds}
            selectedId={selected?.id ?? null}
            initialCamera={state.camera}
            fitPadding={viewPadding()}
            flyRequest={flyRequest}
            cameraRequest={cameraRequest}
            handlers={mapHandlers}
            onAdapter={tools.onAdapter}
          />
          <MapYear year={filters.year} range={tools.range} />
          {state.embed && (
            <a className="embed-link" href={tools.fullMapUrl} target="_blank" rel="noopener noreferrer">
              View full map
            </a>
          )}
          {tools.view && (
            <ToolsDrawer
              title={tools.view === 'table' ? 'Table of features' : 'Capacity over the years'}
              onClose={() => tools.setView(null)}
            >
              {tools.view === 'table' ? (
                <TablePanel
                  features={listFeatures}
                  lang={state.lang}
                  today={today}
                  selectedId={selected?.id ?? null}
                  onSelect={selectFromList}
                />
              ) : (
                <CapacityPanel features={shown} years={[FOCUS_FROM, range[1]]} />
              )}
            </ToolsDrawer>
          )}
          {mapStatus.state === 'error' && (
            <div className="map-region__message" role="alert">
              {mapStatus.message}
            </div>
          )}
          {mapStatus.state === 'context-lost' && (
            <div className="map-region__message" role="alert">
              The map&rsquo;s graphics context was lost. It comes back by itself when the browser restores it.
            </div>
          )}
          {dataState.status === 'loading' ? (
            <div className="map-region__loading" role="status">
              Loading data…
            </div>
          ) : (
            mapStatus.state === 'loading' && (
              <div className="map-region__loading" role="status">
                Loading map…
              </div>
            )
          )}
        </section>
        {selected && (
          <div className="card-host">
            <FeatureCard
              feature={selected}
              lang={state.lang}
              today={today}
              hiddenBy={hiddenBy}
              permalink={permalink}
              onClose={() => select(null, false)}
              onShowYear={(year) => pushFilters(() => ({ year }))}
              onCopyPermalink={copyPermalink}
              tools={
                <CiteButton
                  getCitation={tools.featureCitation(selected, permalink)}
                  title={`Citation of ${selected.properties.name.en}`}
                />
              }
            />
            {permalinkNotice && (
              <p className="card-host__note" role="status">
                {permalinkNotice}
              </p>
            )}
            {selectedHiddenByOthers && (
              <p className="card-host__note" role="status">
                This feature is hidden by the current status, kind or border filters.
              </p>
            )}
          </div>
        )}
        {!state.embed && (
          <aside id="side-panel" className="side-panel" aria-label="Explore the network">
            <DataAlerts
              dataset={dataset}
              notices={notices}
              onRetry={retry}
              onDismissNotices={() => {
                url.dismissNotices();
                setExtraNotices([]);
              }}
            />
            <ToolsBar
              view={tools.view}
              feedOpen={tools.feedOpen}
              feedId={feedId}
              onView={tools.setView}
              onFeed={tools.setFeedOpen}
            />
            {tools.feedOpen && (
              <section id={feedId} className="feed-host" aria-label="Latest developments">
                <h2 className="panel-heading">Latest developments</h2>
                <Feed
                  features={shown}
                  since={state.since ?? null}
                  onSinceChange={tools.setSince}
                  onOpen={selectFromList}
                  hrefFor={hrefFor}
                />
              </section>
            )}
            <YearControl
              year={filters.year}
              range={range}
              shownCount={shownCount}
              ghost={filters.ghost}
              changes={changes}
              onYearChange={(year) => pushFilters(() => ({ year }))}
              onGhostChange={(ghost) => pushFilters(() => ({ ghost }))}
              focusFrom={FOCUS_FROM}
              playYears={tools.playYears}
            />
            <YearRangeControl
              range={tools.range}
              bounds={[FOCUS_FROM, range[1]]}
              changes={tools.rangeChanges}
              onChange={tools.setRange}
            />
            <BorderFilter
              borders={filters.borders}
              onChange={(borders: Border[] | null) => pushFilters(() => ({ borders }))}
            />
            <Legend
              kindCounts={kindCounts}
              statusCounts={statusCounts}
              filters={filters}
              onToggleKind={(kind) => pushFilters((f) => ({ kinds: toggle(f.kinds, KINDS, kind) }))}
              onToggleStatus={(status) =>
                pushFilters((f) => ({ statuses: toggle(f.statuses, STATUSES, status) }))
              }
            />
            <FeatureList
              features={listFeatures}
              lang={state.lang}
              today={today}
              selectedId={selected?.id ?? null}
              query={query}
              onQueryChange={setQuery}
              onSelect={selectFromList}
            />
            <ProgrammePanel programme={dataset?.programme ?? null} />
            <ExportButtons
              features={shown}
              today={today}
              getViewUrl={() => window.location.href}
              getEmbedUrl={tools.embedUrl}
              getCitation={tools.mapCitation}
              makePicture={(scale) => tools.makePicture(scale, shown, filters.year)}
            />
            <AboutSection />
          </aside>
        )}
      </main>
    </div>
  );
}
