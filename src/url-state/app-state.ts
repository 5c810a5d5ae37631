// The shareable application state: camera, filters, selection, language and map layers.
import type { Camera } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import { DEFAULT_FILTERS } from '../domain/filters';
import type { Lang } from '../domain/vocabulary';
import type { MapLayers } from '../domain/map-layers';
import { DEFAULT_LAYERS } from '../domain/map-layers';

export interface AppState {
  camera: Camera | null;
  filters: FilterState;
  feature: string | null;
  lang: Lang;
  /** The basemap and online overlays (offline, none by default). */
  layers: MapLayers;
}

export const DEFAULT_STATE: AppState = {
  camera: null,
  filters: DEFAULT_FILTERS,
  feature: null,
  lang: 'en',
  layers: DEFAULT_LAYERS,
};

export const URL_VERSION = 1;
