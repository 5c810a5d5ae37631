// Loads the MapLibre controller lazily so the page shell paints before maplibre-gl has been fetched.
import type { MapFactory } from './map-types';

export const lazyMapFactory: MapFactory = async (container, handlers, options) => {
  const { createMap } = await import('./map-controller');
  return createMap(container, handlers, options);
};
