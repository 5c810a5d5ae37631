// The narrow interface between React and the map. Nothing here imports maplibre-gl, so components and tests
// can use a fake map with the same shape.
import type { Position } from 'geojson';
import type { FilterState } from '../domain/filters';
import type { MapFeature } from '../domain/schema';
import type { Lang } from '../domain/vocabulary';
import type { Camera } from '../url-state/app-state';
import type { PictureCaptions } from '../domain/picture';

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type MapStatus =
  { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string } | { state: 'context-lost' };

export interface MapHandlers {
  onSelect(id: string | null): void;
  onCameraChange(camera: Camera): void;
  onStatus(status: MapStatus): void;
}

export interface MapAdapter {
  setFeatures(features: MapFeature[], lang: Lang): void;
  setFilters(filters: FilterState, matchingIds: string[] | null): void;
  setSelected(id: string | null): void;
  /**
   * Moves to a position (animated unless the user prefers reduced motion), keeping it clear of panels that cover
   * part of the map (padding in CSS pixels).
   */
  flyTo(position: Position, padding?: Padding): void;
  jumpTo(camera: Camera): void;
  getCamera(): Camera;
  /** The current view as a PNG with its captions (src/map/export-image.ts); absent on maps that cannot draw. */
  exportImage?(scale: number, captions: Omit<PictureCaptions, 'attribution'>): Promise<Blob>;
  destroy(): void;
}

export interface MapOptions {
  camera: Camera | null;
  /** Language of the basemap labels at creation (later changes go through setFeatures). */
  lang: Lang;
  /** Room to leave around the default view (CSS pixels), e.g. for a bottom sheet that covers part of the map. */
  fitPadding?: Padding;
}

export type MapFactory = (
  container: HTMLElement,
  handlers: MapHandlers,
  options: MapOptions,
) => Promise<MapAdapter>;
