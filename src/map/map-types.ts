// The narrow interface between React and the map. Nothing here imports maplibre-gl, so components and tests
// can drive a fake map with the same shape (tests/fixtures/fake-map.ts).
import type { Position } from 'geojson';
import type { Bounds, Camera } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { PictureCaptions } from '../domain/picture';
import type { MapLayers } from '../domain/map-layers';
import type { Translator } from '../i18n/translator';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type MapStatus =
  { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string } | { state: 'context-lost' };

/** A point in the map's own CSS pixels (0,0 = its top left corner). */
export interface MapPoint {
  x: number;
  y: number;
}

/** What the pointer is over: one feature's icon, or a cluster of `count` features. */
export type MapHover = ({ id: string } | { count: number }) & MapPoint;

/** Several features under one click or tap: the chooser lists them, nearest first. */
export interface MapChoice extends MapPoint {
  ids: string[];
}

/** What the map tells the app: a click chose a feature (or none), the camera settled, the map's state changed. */
export interface MapHandlers {
  onSelect(id: string | null): void;
  onCameraChange(camera: Camera): void;
  onStatus(status: MapStatus): void;
  /** The pointer moved onto a feature or a cluster (null: off them, or the map moved). MapView shows a tooltip. */
  onHover?(hover: MapHover | null): void;
  /** A click or tap fell on several features (null: that choice is void, e.g. the map moved). */
  onChoose?(choice: MapChoice | null): void;
}

/** What the app tells the map. Each call states the wanted state; the map applies it when it can draw. */
export interface MapHandle {
  /** The features to draw, labelled in a language (the basemap labels follow it). */
  setData(features: readonly MapFeature[], lang: Lang): void;
  /** The filters, with the search already resolved to ids (null = no search). */
  setFilters(filters: FilterState, matchingIds: readonly string[] | null): void;
  /** Rings the selected feature (null = none). */
  select(id: string | null): void;
  /** The basemap and online overlays to draw (the offline basemap alone by default). */
  setLayers(layers: MapLayers): void;
  /**
   * Moves to a position (animated unless the user prefers reduced motion), keeping it clear of panels that cover
   * part of the map (padding in CSS pixels).
   */
  flyTo(position: Position, padding?: Padding): void;
  /** Frames a box (the features that pass the filters), clear of the panels; a single point is not over-zoomed. */
  fitBounds(bounds: Bounds, padding?: Padding): void;
  /** Moves to a camera at once (Back and Forward). */
  jumpTo(camera: Camera): void;
  /** The current view as a PNG with its captions (export-image.ts); null or absent where the map cannot draw. */
  exportImage?(scale: number, captions: Omit<PictureCaptions, 'attribution'>): Promise<Blob | null>;
}

/** One created map: the handle plus its end. */
export interface MapInstance extends MapHandle {
  getCamera(): Camera;
  /** Where a feature's icon is drawn now (map CSS px), or null if it is not drawn or off screen. */
  iconPoint?(id: string): MapPoint | null;
  /** The language the map's own words follow from now on (its controls' labels, its alerts). */
  setTranslator?(tr: Translator): void;
  destroy(): void;
}

export interface MapOptions {
  camera: Camera | null;
  /** Language of the basemap labels at creation (later changes go through setData). */
  lang: Lang;
  /** The reader's language at creation, for the map's own words (later changes go through setTranslator). */
  tr: Translator;
  /** Room to leave around the default view (CSS pixels), e.g. for a bottom sheet that covers part of the map. */
  fitPadding?: Padding;
}

export type MapFactory = (
  container: HTMLElement,
  handlers: MapHandlers,
  options: MapOptions,
) => Promise<MapInstance>;
