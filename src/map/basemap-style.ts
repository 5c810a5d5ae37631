// The offline style: the bundled basemap (basemap-layers.ts) with the Russia–China and Russia–North Korea borders
// drawn prominently, then the data layers. No glyphs URL: MapLibre draws labels with the bundled CSS font.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from './layer-ids';
import type { Lang } from '../domain/vocabulary';
import { STATUS_COLOR, STATUSES } from '../domain/vocabulary';
import { ICON_SIZE_STOPS } from './map-data';
import { basemapLabelLayers, basemapLayers, FONT } from './basemap-layers';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Label text in the chosen language, falling back to English. */
export function labelExpression(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

const iconSize: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], ...ICON_SIZE_STOPS.flat()];

const [firstStatus, ...otherStatuses] = STATUSES;
const statusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  firstStatus,
  STATUS_COLOR[firstStatus],
  ...otherStatuses.flatMap((s) => [s, STATUS_COLOR[s]]),
  '#444444',
];

/** Credits for the offline basemap (OpenStreetMap's data is ODbL: the credit links to its copyright page). */
export const BASEMAP_ATTRIBUTION =
  '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a> (ODbL) · Natural Earth · GeoNames (CC BY 4.0)';

export function buildStyle(lang: Lang): StyleSpecification {
  return {
    version: 8,
    state: { selected: { default: '' } },
    sources: {
      [SOURCE.world]: {
        type: 'geojson',
        data: assetUrl('basemap/world.geojson'),
        attribution: 'Natural Earth',
      },
      [SOURCE.region]: {
        type: 'geojson',
        data: assetUrl('basemap/region.geojson'),
        attribution: BASEMAP_ATTRIBUTION,
      },
      // Filled with basemap/region-detail.geojson by watchBasemapDetail once the map first reaches DETAIL_LOAD_ZOOM.
      [SOURCE.regionDetail]: { type: 'geojson', data: EMPTY },
      [SOURCE.borders]: { type: 'geojson', data: assetUrl('basemap/borders.geojson') },
      [SOURCE.points]: { type: 'geojson', data: EMPTY },
      [SOURCE.lines]: { type: 'geojson', data: EMPTY },
      [SOURCE.halo]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      ...basemapLayers(),
      ...basemapLabelLayers(labelExpression(lang)),
      {
        id: LAYER.corridors,
        type: 'line',
        source: SOURCE.lines,
        filter: ['==', ['get', 'kind'], 'corridor'],
        layout: { 'line-join': 'round' },
        paint: {
          'line-color': statusColor,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1.5, 10, 3],
          'line-dasharray': [1, 1.5],
          'line-opacity': 0.8,
        },
      },
      {
        id: LAYER.bridgeLines,
        type: 'line',
        source: SOURCE.lines,
        filter: ['!=', ['get', 'kind'], 'corridor'],
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': statusColor,
          'line-width': ['interpolate', ['linear'], ['zoom'], 4, 3, 12, 8],
        },
      },
      {
        id: LAYER.halo,
        type: 'symbol',
        source: SOURCE.halo,
        layout: {
          'icon-image': ['case', ['get', 'selected'], 'halo-selected', 'halo-hover'],
          'icon-offset': ['literal', [0, 0]],
          'icon-size': iconSize,
          'icon-allow-overlap': true,
          'icon-ignore-placement': true,
        },
      },
      {
        id: LAYER.points,
        type: 'symbol',
        source: SOURCE.points,
        layout: {
          'icon-image': ['get', 'icon'],
          'icon-size': iconSize,
          'icon-offset': ['literal', [0, 0]],
          'icon-allow-overlap': true,
          // Icons are drawn above every basemap name, so a name never hides an icon; the names still move to a free
          // side where they can (variable anchors), and the features' own labels, placed first, win collisions.
          'icon-ignore-placement': true,
          'symbol-sort-key': ['case', ['get', 'notBuilt'], 1, 0],
        },
        paint: { 'icon-opacity': 1 },
      },
      {
        id: LAYER.pointLabels,
        type: 'symbol',
        source: SOURCE.points,
        minzoom: 5.5,
        layout: {
          'text-field': ['get', 'label'],
          'text-font': FONT,
          'text-size': 12,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 1.3,
          'text-justify': 'auto',
          'text-max-width': 12,
          'text-optional': true,
        },
        paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
    ],
  };
}
