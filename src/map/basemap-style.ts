// The offline style: a bundled Natural Earth basemap with the Russia–China and Russia–North Korea borders drawn
// prominently, then the data layers. No glyphs URL: MapLibre draws labels with the bundled CSS font.
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from './layer-ids';
import type { Lang } from '../domain/vocabulary';
import { STATUS_COLOR, STATUSES } from '../domain/vocabulary';
import { ICON_SIZE_STOPS } from './map-data';

export const FONT = ['Noto Sans'];

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
        attribution: 'Natural Earth · GeoNames (CC BY 4.0)',
      },
      [SOURCE.borders]: { type: 'geojson', data: assetUrl('basemap/borders.geojson') },
      [SOURCE.points]: { type: 'geojson', data: EMPTY },
      [SOURCE.lines]: { type: 'geojson', data: EMPTY },
      [SOURCE.halo]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: LAYER.background, type: 'background', paint: { 'background-color': '#cfe3ef' } },
      {
        id: LAYER.worldLand,
        type: 'fill',
        source: SOURCE.world,
        paint: { 'fill-color': '#f3f1ea', 'fill-outline-color': '#c9c4b5' },
      },
      {
        id: LAYER.countryFill,
        type: 'fill',
        source: SOURCE.region,
        filter: ['==', ['get', 'layer'], 'country'],
        paint: {
          'fill-color': [
            'match',
            ['get', 'iso'],
            '643',
            '#f7f4ec',
            '156',
            '#efe9dc',
            '408',
            '#ece4e4',
            '#f1efe8',
          ],
        },
      },
      {
        id: LAYER.lake,
        type: 'fill',
        source: SOURCE.region,
        filter: ['==', ['get', 'layer'], 'lake'],
        paint: { 'fill-color': '#a9cfe6', 'fill-outline-color': '#6fa8cc' },
      },
      {
        id: LAYER.river,
        type: 'line',
        source: SOURCE.region,
        filter: ['==', ['get', 'layer'], 'river'],
        paint: {
          'line-color': '#5f9fca',
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 8, 2.5, 12, 4],
        },
      },
      {
        id: LAYER.borderOther,
        type: 'line',
        source: SOURCE.region,
        filter: ['all', ['==', ['get', 'layer'], 'border'], ['==', ['get', 'kind'], 'other']],
        paint: { 'line-color': '#8a8275', 'line-width': 1, 'line-dasharray': [3, 2] },
      },
      {
        id: LAYER.borderCasing,
        type: 'line',
        source: SOURCE.borders,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': '#ffffff',
          'line-opacity': 0.85,
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 4, 8, 8, 12, 12],
        },
      },
      {
        id: LAYER.borderMain,
        type: 'line',
        source: SOURCE.borders,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: {
          'line-color': ['match', ['get', 'kind'], 'ru-kp', '#7a1fa2', '#b3261e'],
          'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.6, 8, 3, 12, 4.5],
          'line-dasharray': [4, 1.5],
        },
      },
      {
        id: LAYER.countryLabel,
        type: 'symbol',
        source: SOURCE.region,
        filter: ['all', ['==', ['get', 'layer'], 'label'], ['==', ['get', 'class'], 'country']],
        layout: {
          'text-field': ['upcase', labelExpression(lang)],
          'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 3, 12, 7, 18],
          'text-letter-spacing': 0.2,
          'text-max-width': 8,
        },
        paint: { 'text-color': '#6b6356', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      {
        id: LAYER.waterLabel,
        type: 'symbol',
        source: SOURCE.region,
        minzoom: 4.5,
        filter: ['all', ['==', ['get', 'layer'], 'label'], ['==', ['get', 'class'], 'water']],
        layout: {
          'text-field': labelExpression(lang),
          'text-font': FONT,
          'text-size': 12,
        },
        paint: { 'text-color': '#2f6f9a', 'text-halo-color': '#eaf4fa', 'text-halo-width': 1.5 },
      },
      {
        id: LAYER.townLabel,
        type: 'symbol',
        source: SOURCE.region,
        filter: ['all', ['==', ['get', 'layer'], 'label'], ['==', ['get', 'class'], 'town']],
        layout: {
          'text-field': labelExpression(lang),
          'text-font': FONT,
          'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 9, 14],
          // Icons of crossings sit on many towns: let each label find a free side.
          'text-variable-anchor': ['top', 'bottom', 'right', 'left', 'top-right', 'bottom-left'],
          'text-radial-offset': 0.7,
          'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
        },
        paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
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
          // Icons never hide town names: the names move to a free side instead (variable anchors).
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
