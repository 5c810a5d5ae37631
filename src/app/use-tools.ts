// State and actions of the tools (table, chart, feed, exports, citations, embed, from–to range), kept out of App
// so the composition stays a few lines per tool.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapAdapter } from '../map/map-types';
import type { ToolView } from '../components/ToolsBar';
import type { MapFeature } from '../domain/schema';
import type { FilterState } from '../domain/filters';
import type { AppState, YearRange } from '../url-state/app-state';
import { serialiseAppState } from '../url-state/url-codec';
import { changeYears, changesBetween } from '../domain/feed';
import { buildCitation } from '../domain/citation';
import { pictureCaptions } from '../domain/picture';
import { PROJECT } from '../domain/about';

/** The first year of the slider's default span: where the network starts to change (README, "Year control"). */
export const FOCUS_FROM = 1990;

const BASE_TITLE = document.title || `${PROJECT.title} — Russia, China, North Korea`;

function urlOf(state: AppState): string {
  const { search, hash } = serialiseAppState(state);
  return `${window.location.origin}${window.location.pathname}${search}${hash}`;
}

export function useTools(opts: {
  features: MapFeature[];
  state: AppState;
  push(update: (s: AppState) => AppState): void;
  today: string;
  selected: MapFeature | null;
  yearBounds: [number, number];
}) {
  const { features, state, push, today, selected } = opts;
  const range = state.range ?? null;
  const rangeChanges = useMemo(
    () => (range ? changesBetween(features, range.from, range.to) : null),
    [features, range],
  );
  /** In a from–to comparison only the features that differ reach the map, the list and the counts. */
  const scoped = useMemo(() => {
    if (!rangeChanges) return features;
    const ids = new Set([...rangeChanges.appear, ...rangeChanges.disappear].map((f) => f.id));
    return features.filter((f) => ids.has(f.id));
  }, [features, rangeChanges]);
  const scopeFilters = useCallback(
    (f: FilterState): FilterState => (range ? { ...f, year: null, ghost: false } : f),
    [range],
  );
  const playYears = useMemo(
    () => changeYears(features, opts.yearBounds[0], opts.yearBounds[1]),
    [features, opts.yearBounds],
  );

  const [view, setView] = useState<ToolView>(null);
  const [feedOpen, setFeedOpen] = useState(Boolean(state.since));
  const adapter = useRef<MapAdapter | null>(null);
  const onAdapter = useCallback((a: MapAdapter | null) => {
    adapter.current = a;
  }, []);

  // The page title names the selected feature, so a tab, a bookmark or a shared screenshot says what it shows.
  useEffect(() => {
    document.title = selected ? `${selected.properties.name.en} — ${PROJECT.title}` : BASE_TITLE;
  }, [selected]);

  const embedUrl = () => urlOf({ ...state, embed: true, camera: state.camera });
  const fullMapUrl = urlOf({ ...state, embed: false });
  const mapCitation = () =>
    buildCitation({ featureName: null, featureId: null, permalink: window.location.href, accessed: today });
  const featureCitation = (f: MapFeature, permalink: string) => () =>
    buildCitation({ featureName: f.properties.name.en, featureId: f.id, permalink, accessed: today });

  const makePicture = async (scale: number, shown: MapFeature[], year: number | null) => {
    const map = adapter.current;
    if (!map?.exportImage) return null;
    const captions = pictureCaptions({
      year,
      range,
      shown,
      attribution: '',
      date: today,
      url: window.location.href,
    });
    return map.exportImage(scale, captions);
  };

  const setSince = (since: string | null) => push((s) => ({ ...s, since }));
  const setRange = (next: YearRange | null) => push((s) => ({ ...s, range: next }));

  return {
    range,
    rangeChanges,
    scoped,
    scopeFilters,
    playYears,
    view,
    setView,
    feedOpen,
    setFeedOpen,
    onAdapter,
    embedUrl,
    fullMapUrl,
    mapCitation,
    featureCitation,
    makePicture,
    setSince,
    setRange,
  };
}
