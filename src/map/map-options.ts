// The MapLibre map's construction options: the offline style, the first camera and the interactions allowed.
import type { MapOptions as MaplibreOptions } from 'maplibre-gl';
import { buildStyle } from './basemap-style';
import type { MapOptions } from './map-types';
import { DEFAULT_BOUNDS } from '../domain/camera';
import { maplibreLocale } from './map-controls';

export function mapOptions(container: HTMLElement, options: MapOptions): MaplibreOptions {
  const camera = options.camera;
  return {
    container,
    style: buildStyle(options.lang),
    ...(camera ? { center: [camera.lon, camera.lat], zoom: camera.zoom } : { bounds: DEFAULT_BOUNDS }),
    fitBoundsOptions: { padding: options.fitPadding ?? 20 },
    attributionControl: { compact: true },
    locale: maplibreLocale(options.tr),
    maxZoom: 16,
    minZoom: 1.5,
    dragRotate: false,
    pitchWithRotate: false,
    hash: false,
    // Symbols appear at once instead of fading in over 300 ms: a year step or a filter shows its result in the
    // next frame, and the map reaches idle that much sooner.
    fadeDuration: 0,
  };
}
