// State and actions of the tools (table, chart, feed, exports, citations, embed, from–to range), kept out of App
// so the composition stays a few lines per tool.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import type { MapHandle } from '../map/map-types';
import type { ToolView } from '../components/ToolsBar';
import type { MapFeature } from '../domain/schema';
import type { FilterState } from '../domain/filters';
import { yearRange } from '../domain/filters';
import type { YearRange } from '../domain/feed';
import { changeYears, changesBetween } from '../domain/feed';
import { buildCitation } from '../domain/citation';
import { pictureCaptions } from '../domain/picture';
import { PROJECT } from '../domain/about';
import type { AppState } from '../url-state/app-state';
import type { UrlHistory } from '../url-state/url-history';
import { serialiseAppState } from '../url-state/url-codec';
import { displayName } from '../domain/feature-view';
import { useT } from '../i18n/I18nProvider';

/** The first year of the slider's default span: where the network starts to change (README, "Filter by year"). */
export const FOCUS_FROM = 1990;
const FALLBACK_RANGE: [number, number] = [1990, 2030];
const BASE_TITLE = typeof document === 'undefined' ? PROJECT.title : document.title;

function urlOf(state: AppState): string {
  const { search, hash } = serialiseAppState(state);
  return `${window.location.origin}${window.location.pathname}${search}${hash}`;
}

export function useTools(opts: {
  features: readonly MapFeature[];
  state: AppState;
  history: UrlHistory;
  today: string;
  map: RefObject<MapHandle | null>;
}) {
  const { features, state, history, today, map } = opts;
  const tr = useT();
  const range = state.range ?? null;
  const yearBounds = useMemo(
    () =>
      yearRange(
        features.map((f) => f.properties),
        FALLBACK_RANGE,
      ),
    [features],
  );
  const rangeChanges = useMemo(
    () => (range ? changesBetween(features, range.from, range.to, tr) : null),
    [features, range, tr],
  );
  /** In a from–to comparison only the features that differ reach the map, the list and the counts. */
  const scoped = useMemo(() => {
    if (!rangeChanges) return features;
    const ids = new Set([...rangeChanges.appear, ...rangeChanges.disappear].map((f) => f.id));
    return features.filter((f) => ids.has(f.id));
  }, [features, rangeChanges]);
  const filters = useMemo(
    (): FilterState => (range ? { ...state.filters, year: null, ghost: false } : state.filters),
    [range, state.filters],
  );
  const playYears = useMemo(
    () => changeYears(features, yearBounds[0], yearBounds[1]),
    [features, yearBounds],
  );

  const [view, setView] = useState<ToolView>(null);
  const [feedOpen, setFeedOpen] = useState(Boolean(state.since));

  const makePicture = (scale: number, shown: MapFeature[]) => {
    const captions = pictureCaptions({
      year: filters.year,
      range,
      shown,
      attribution: '',
      date: today,
      url: window.location.href,
      tr,
    });
    return map.current?.exportImage?.(scale, captions) ?? Promise.resolve(null);
  };

  return {
    range,
    rangeChanges,
    scoped,
    filters,
    yearBounds,
    playYears,
    view,
    setView,
    feedOpen,
    setFeedOpen,
    makePicture,
    embedUrl: () => urlOf({ ...state, embed: true }),
    fullMapUrl: urlOf({ ...state, embed: false }),
    mapCitation: () =>
      buildCitation(
        { featureName: null, featureId: null, permalink: window.location.href, accessed: today },
        tr,
      ),
    featureCitation: (f: MapFeature, permalink: string) => () =>
      buildCitation(
        { featureName: displayName(f.properties, tr.lang), featureId: f.id, permalink, accessed: today },
        tr,
      ),
    featureCiteTitle: (f: MapFeature) =>
      tr.t('cite.featureTitle', { name: displayName(f.properties, tr.lang) }),
    setSince: useCallback((since: string | null) => history.push((s) => ({ ...s, since })), [history]),
    setRange: useCallback(
      (next: YearRange | null) => history.push((s) => ({ ...s, range: next })),
      [history],
    ),
  };
}

/** The page title names the selected feature, so a tab, a bookmark or a shared screenshot says what it shows. */
export function usePageTitle(selected: MapFeature | null): void {
  const { t, lang } = useT();
  useEffect(() => {
    // English keeps the page's own title; another language names the map in its words.
    const title = lang === 'en' ? PROJECT.title : t('app.title');
    const base = lang === 'en' ? BASE_TITLE : t('app.documentTitle');
    document.title = selected ? `${displayName(selected.properties, lang)} — ${title}` : base;
  }, [selected, t, lang]);
}
