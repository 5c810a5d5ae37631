// The offline style: a bundled Natural Earth basemap with the Russia–China and Russia–North Korea borders drawn
// prominently, then the data layers. No glyphs URL: MapLibre draws labels with the bundled CSS font.
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from './layer-ids';
import type { Lang } from '../domain/vocabulary';
import { dataLayers, dataSources } from './data-layers';

export const FONT = ['Noto Sans'];

export function assetUrl(path: string): string {
  return new URL(path, document.baseURI).href;
}

/** Label text in the chosen language, falling back to English. */
export function labelExpression(lang: Lang): ExpressionSpecification {
  return ['coalesce', ['get', `name_${lang}`], ['get', 'name_en']];
}

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
      ...dataSources(),
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
          'text-variable-anchor': [
            'top',
            'bottom',
            'right',
            'left',
            'top-right',
            'bottom-left',
            'top-left',
            'bottom-right',
          ],
          // Clear of a crossing's icon on the town (icons block later symbols: no name sits under one).
          'text-radial-offset': 1.2,
          'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
        },
        paint: { 'text-color': '#2b2b2b', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
      },
      ...dataLayers(),
    ],
  };
}
