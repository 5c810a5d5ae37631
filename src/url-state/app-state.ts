// The shareable application state: camera, filters, selection, language and map layers.
import type { Camera } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import { DEFAULT_FILTERS } from '../domain/filters';
import type { Lang } from '../domain/vocabulary';
import type { YearRange } from '../domain/feed';

export type { YearRange };
import type { MapLayers } from '../domain/map-layers';
import { DEFAULT_LAYERS } from '../domain/map-layers';

export interface AppState {
  camera: Camera | null;
  filters: FilterState;
  feature: string | null;
  lang: Lang;
  /** `embed=1`: the map and cards only, for an iframe. */
  embed?: boolean;
  /** `since=YYYY-MM-DD`: the feed shows only later events. */
  since?: string | null;
  /** `from=Y1&to=Y2`: what changes between the end of Y1 and the end of Y2. */
  range?: YearRange | null;
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
