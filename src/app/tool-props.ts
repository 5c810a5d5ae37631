// The tools' components' props from the tools' state and the app's view, so App spreads one object per tool.
import type { ToolsLayerProps } from '../components/ToolsLayer';
import type { FeedSectionProps } from '../components/FeedSection';
import type { ExportButtonsProps } from '../components/ExportButtons';
import type { YearRangeControlProps } from '../components/YearRangeControl';
import type { CiteButtonProps } from '../components/CiteDialog';
import type { YearControlProps } from '../components/YearControl';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { AppState } from '../url-state/app-state';
import { permalinkFor } from '../url-state/url-codec';
import type { useTools } from './use-tools';
import { FOCUS_FROM } from './use-tools';

export interface ToolContext {
  state: AppState;
  /** The features shown now, and the list's deferred copy of them. */
  shown: MapFeature[];
  listFeatures: MapFeature[];
  selected: MapFeature | null;
  permalink: string;
  lang: Lang;
  today: string;
  onSelect(id: string): void;
}

export function toolProps(tools: ReturnType<typeof useTools>, c: ToolContext) {
  const bounds: [number, number] = [FOCUS_FROM, tools.yearBounds[1]];
  const layer: ToolsLayerProps = {
    view: tools.view,
    onCloseView: () => tools.setView(null),
    year: tools.filters.year,
    range: tools.range,
    fullMapUrl: c.state.embed ? tools.fullMapUrl : null,
    table: {
      features: c.listFeatures,
      lang: c.lang,
      today: c.today,
      selectedId: c.selected?.id ?? null,
      onSelect: c.onSelect,
    },
    capacity: { features: c.shown, years: bounds },
  };
  const feed: FeedSectionProps = {
    view: tools.view,
    onView: tools.setView,
    open: tools.feedOpen,
    onToggle: tools.setFeedOpen,
    features: c.shown,
    since: c.state.since ?? null,
    onSinceChange: tools.setSince,
    onOpen: c.onSelect,
    hrefFor: (id) => permalinkFor(c.state, id, ''),
  };
  const year: Pick<YearControlProps, 'range' | 'focusFrom' | 'playYears'> = {
    range: tools.yearBounds,
    focusFrom: FOCUS_FROM,
    playYears: tools.playYears,
  };
  const range: YearRangeControlProps = {
    range: tools.range,
    bounds,
    changes: tools.rangeChanges,
    onChange: tools.setRange,
  };
  const exports: ExportButtonsProps = {
    features: c.shown,
    today: c.today,
    getViewUrl: () => window.location.href,
    getEmbedUrl: tools.embedUrl,
    getCitation: tools.mapCitation,
    makePicture: (scale) => tools.makePicture(scale, c.shown),
  };
  const cite: CiteButtonProps | null = c.selected
    ? {
        getCitation: tools.featureCitation(c.selected, c.permalink),
        title: tools.featureCiteTitle(c.selected),
      }
    : null;
  return { layer, feed, year, range, exports, cite };
}
