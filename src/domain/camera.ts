// Where the map looks: the camera a link carries, and the default view when it carries none.

/** A north-up map camera, in the order of the URL's `#map=zoom/lat/lon`. */
export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** [[west, south], [east, north]]. */
export type Bounds = [[number, number], [number, number]];

/**
 * The default view: the eastern Russia–China border (Manzhouli to the Tumen) and the Russia–North Korea border.
 * The basemap's country labels and the benchmark's generated features are placed inside the same box.
 */
export const DEFAULT_BOUNDS: Bounds = [
  [115.5, 41.6],
  [136.2, 53.8],
];

/** DEFAULT_BOUNDS as a GeoJSON bbox: [west, south, east, north]. */
export const DEFAULT_BBOX: [number, number, number, number] = [
  DEFAULT_BOUNDS[0][0],
  DEFAULT_BOUNDS[0][1],
  DEFAULT_BOUNDS[1][0],
  DEFAULT_BOUNDS[1][1],
];
