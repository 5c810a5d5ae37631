// The map's layer choice: the basemap (offline by default; the online ones are opt-in) and the online overlays.
import type { MessageKey } from '../i18n/messages';
import type { Translator } from '../i18n/translator';
import { ENGLISH } from '../i18n/translator';

export const BASEMAPS = ['offline', 'osm', 'satellite'] as const;
export type Basemap = (typeof BASEMAPS)[number];

export const OVERLAYS = ['rail', 'gauge'] as const;
export type Overlay = (typeof OVERLAYS)[number];

export interface MapLayers {
  basemap: Basemap;
  /** In OVERLAYS order, each at most once. */
  overlays: readonly Overlay[];
}

export const DEFAULT_LAYERS: MapLayers = { basemap: 'offline', overlays: [] };

/** A basemap's or overlay's name in the reader's language ("Satellite", "Railways overlay"). */
export function layerLabel(layer: Basemap | Overlay, tr: Translator = ENGLISH): string {
  return tr.t(`layers.${layer}` as MessageKey);
}

/** True when the choice loads tiles from another site (the default never does). */
export function isOnline(layers: MapLayers): boolean {
  return layers.basemap !== 'offline' || layers.overlays.length > 0;
}

/** The overlays with one switched on or off, kept in OVERLAYS order. */
export function withOverlay(overlays: readonly Overlay[], overlay: Overlay, on: boolean): Overlay[] {
  return OVERLAYS.filter((o) => (o === overlay ? on : overlays.includes(o)));
}
