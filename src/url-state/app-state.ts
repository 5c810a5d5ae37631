// The shareable application state: camera, filters, selection and language.
import type { Camera } from '../domain/camera';
import type { FilterState } from '../domain/filters';
import { DEFAULT_FILTERS } from '../domain/filters';
import type { Lang } from '../domain/vocabulary';

export interface AppState {
  camera: Camera | null;
  filters: FilterState;
  feature: string | null;
  lang: Lang;
}

export const DEFAULT_STATE: AppState = {
  camera: null,
  filters: DEFAULT_FILTERS,
  feature: null,
  lang: 'en',
};

export const URL_VERSION = 1;
