// The baseline `npm run bench` compares the app with: the same basemap style and geo/ files in a bare MapLibre map,
// with no React and no UI. ?w=<px>&h=<px> sizes the map like the app's map region, so both rasterise the same area.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Feature, FeatureCollection } from 'geojson';
import { DEFAULT_BOUNDS } from '../../src/domain/camera';
import { buildStyle } from '../../src/map/basemap-style';
import { SOURCE } from '../../src/map/layer-ids';

maplibregl.setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The same test hook the app sets, so the benchmark probes both pages alike. */
    __blmMap?: maplibregl.Map;
  }
}

// The app's default view (src/domain/camera.ts) and fitBounds padding (src/map/map-controller.ts).
const BOUNDS = DEFAULT_BOUNDS;

const urls = import.meta.glob<string>('../../geo/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

// Fetched at once, in parallel with the map's own start-up, as the app does.
const data: Promise<FeatureCollection> = Promise.all(
  Object.values(urls).map(async (url) => {
    const response = await fetch(url);
    const json = (await response.json()) as { features?: Feature[] };
    return json.features ?? [];
  }),
).then((lists) => ({ type: 'FeatureCollection', features: lists.flat() }));

const params = new URLSearchParams(window.location.search);
const container = document.getElementById('map');
if (!container) throw new Error('no #map element');
const width = Number(params.get('w'));
const height = Number(params.get('h'));
if (width > 0 && height > 0) {
  container.style.width = `${width}px`;
  container.style.height = `${height}px`;
}

// The app's basemap layers as they are; its data layers need the app's icons, so one simple layer per geometry
// type takes their place on the same source id.
const style = buildStyle('en');
const dataSources = new Set<string>([SOURCE.points, SOURCE.lines, SOURCE.halo]);
style.layers = style.layers.filter((layer) => !('source' in layer && dataSources.has(layer.source)));
// The same data as one plain source: the app's points source clusters (and would drop the lines).
style.sources[SOURCE.points] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
style.layers.push(
  {
    id: 'bare-lines',
    type: 'line',
    source: SOURCE.points,
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': '#b3261e', 'line-width': 3 },
  },
  {
    id: 'bare-points',
    type: 'circle',
    source: SOURCE.points,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: {
      'circle-radius': 6,
      'circle-color': '#0072b2',
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
);

const map = new maplibregl.Map({
  container,
  style,
  bounds: BOUNDS,
  fitBoundsOptions: { padding: 20 },
  maxZoom: 16,
  minZoom: 1.5,
});
window.__blmMap = map;

// As early as the app: once the style is ready, before the basemap tiles have loaded.
map.once('style.load', () => {
  void data.then((collection) => {
    (map.getSource(SOURCE.points) as maplibregl.GeoJSONSource | undefined)?.setData(collection);
  });
});
