// The offline basemap's layers: OpenStreetMap land and borders, Natural Earth water, names. The first view draws
// region.geojson; from zoom DETAIL_MIN_ZOOM region-detail.geojson covers the eastern border's area (its mask hides
// the coarser layers below it there). Basemap names sit below the data layers, so the features' icons and labels are
// placed first and win every collision.
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER, SOURCE } from './layer-ids';

export const FONT = ['Noto Sans'];
/** Zoom from which region-detail.geojson is drawn (it is fetched one zoom level earlier). */
export const DETAIL_MIN_ZOOM = 8;
export const DETAIL_LOAD_ZOOM = 7;

const WATER = '#cfe3ef';
const RIVER = '#6aa6cf';
const is = (key: string, value: string): ExpressionSpecification => ['==', ['get', key], value];

const landColor: ExpressionSpecification = [
  'match',
  ['get', 'iso'],
  '643',
  '#f7f4ec',
  '156',
  '#efe9dc',
  '408',
  '#ece4e4',
  '#f1efe8',
];

function land(id: string, source: string, minzoom = 0): LayerSpecification[] {
  const detail = source === SOURCE.regionDetail;
  const z = detail ? { minzoom } : {};
  const layers: LayerSpecification[] = [];
  if (detail)
    layers.push({
      id: LAYER.detailMask,
      type: 'fill',
      source,
      ...z,
      filter: is('layer', 'mask'),
      paint: { 'fill-color': WATER },
    });
  layers.push(
    { id, type: 'fill', source, ...z, filter: is('layer', 'country'), paint: { 'fill-color': landColor } },
    {
      id: detail ? LAYER.detailLake : LAYER.lake,
      type: 'fill',
      source,
      ...z,
      filter: is('layer', 'lake'),
      paint: { 'fill-color': '#a9cfe6', 'fill-outline-color': RIVER },
    },
    {
      id: detail ? LAYER.detailRiver : LAYER.river,
      type: 'line',
      source,
      ...z,
      filter: is('layer', 'river'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': RIVER,
        // Border rivers are drawn wide, under the border line, so a bridge sits on water.
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['case', ['get', 'border'], 2.5, 0.8],
          8,
          ['case', ['get', 'border'], 6, 1.6],
          12,
          ['case', ['get', 'border'], 16, 3],
        ],
      },
    },
    {
      id: detail ? LAYER.detailBorderOther : LAYER.borderOther,
      type: 'line',
      source,
      ...z,
      filter: is('layer', 'border'),
      paint: { 'line-color': '#8a8275', 'line-width': 1, 'line-dasharray': [3, 2] },
    },
  );
  return layers;
}

/** Fills, water and borders, bottom to top. */
export function basemapLayers(): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': WATER } },
    {
      id: LAYER.worldLand,
      type: 'fill',
      source: SOURCE.world,
      paint: { 'fill-color': '#f3f1ea', 'fill-outline-color': '#c9c4b5' },
    },
    ...land(LAYER.countryFill, SOURCE.region),
    ...land(LAYER.detailCountryFill, SOURCE.regionDetail, DETAIL_MIN_ZOOM),
    {
      id: LAYER.borderCasing,
      type: 'line',
      source: SOURCE.borders,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': '#ffffff',
        'line-opacity': 0.85,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 3.5, 8, 5, 12, 6],
      },
    },
    {
      id: LAYER.borderMain,
      type: 'line',
      source: SOURCE.borders,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': ['match', ['get', 'kind'], 'ru-kp', '#7a1fa2', '#b3261e'],
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.6, 8, 2.6, 12, 3.5],
        'line-dasharray': [4, 1.5],
      },
    },
  ];
}

const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 } as const;

/** Town name positions, tried in order: each side at 1.2 em from the town, then at 2.8 em (offsets in ems, +x right, +y down). */
const townAnchors = [1.2, 2.8].flatMap((d): (string | [number, number])[] => [
  'top',
  [0, d],
  'bottom',
  [0, -d],
  'right',
  [-d, 0],
  'left',
  [d, 0],
  'top-right',
  [-d * 0.7, d * 0.7],
  'bottom-left',
  [d * 0.7, -d * 0.7],
  'top-left',
  [d * 0.7, d * 0.7],
  'bottom-right',
  [-d * 0.7, -d * 0.7],
]);

/** Which label layers show names, and whether in capitals: the map controller re-sets their text on a language change. */
export const BASEMAP_LABEL_LAYERS: readonly { id: string; upcase: boolean }[] = [
  { id: LAYER.countryLabel, upcase: true },
  { id: LAYER.countryAreaLabel, upcase: true },
  { id: LAYER.detailCountryAreaLabel, upcase: true },
  { id: LAYER.waterLabel, upcase: false },
  { id: LAYER.riverLabel, upcase: false },
  { id: LAYER.detailRiverLabel, upcase: false },
  { id: LAYER.townLabel, upcase: false },
];

/** Names, bottom to top (MapLibre places the top layer's symbols first): water, towns, countries. */
export function basemapLabelLayers(label: ExpressionSpecification): LayerSpecification[] {
  const country = {
    'text-field': ['upcase', label] as ExpressionSpecification,
    'text-font': FONT,
    'text-letter-spacing': 0.2,
    'text-max-width': 8,
  };
  const countryPaint = { 'text-color': '#6b6356', ...halo };
  const area = (id: string, source: string, minzoom: number, maxzoom: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    minzoom,
    maxzoom,
    // One name per tile on each large land polygon (MapLibre places it at the polygon's pole in the tile).
    filter: ['all', is('layer', 'country'), ['==', ['get', 'labelled'], true]],
    layout: { ...country, 'text-size': 15, 'symbol-sort-key': 2, 'text-padding': 40 },
    paint: countryPaint,
  });
  const riverLine = (id: string, source: string, minzoom: number, maxzoom: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    minzoom,
    maxzoom,
    filter: ['all', is('layer', 'river'), ['has', 'name_en']],
    layout: {
      'symbol-placement': 'line',
      'symbol-spacing': 300,
      // Border rivers meander: allow the name to bend with them.
      'text-max-angle': 70,
      'text-field': label,
      'text-font': FONT,
      'text-size': 12,
      'text-letter-spacing': 0.1,
    },
    paint: { 'text-color': '#2f6f9a', 'text-halo-color': '#eaf4fa', 'text-halo-width': 1.5 },
  });
  return [
    {
      id: LAYER.waterLabel,
      type: 'symbol',
      source: SOURCE.region,
      // At every zoom: the point lies on the river's border line, so a border river keeps its name when zoomed in.
      filter: ['all', is('layer', 'label'), is('class', 'water')],
      layout: { 'text-field': label, 'text-font': FONT, 'text-size': 12 },
      paint: { 'text-color': '#2f6f9a', 'text-halo-color': '#eaf4fa', 'text-halo-width': 1.5 },
    },
    riverLine(LAYER.riverLabel, SOURCE.region, 7, DETAIL_MIN_ZOOM),
    riverLine(LAYER.detailRiverLabel, SOURCE.regionDetail, DETAIL_MIN_ZOOM, 24),
    {
      id: LAYER.townLabel,
      type: 'symbol',
      source: SOURCE.region,
      filter: ['all', is('layer', 'label'), is('class', 'town'), ['<=', ['get', 'minzoom'], ['zoom']]],
      layout: {
        'text-field': label,
        'text-font': FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 9, 14],
        // Crossings' icons and names sit on many towns: each name takes a free side next to the town, or one a
        // little farther out, or is left out (icons block later symbols: no name sits under one).
        'text-variable-anchor-offset': townAnchors,
        'symbol-sort-key': ['-', 0, ['coalesce', ['get', 'population'], 0]],
      },
      paint: { 'text-color': '#2b2b2b', ...halo },
    },
    {
      id: LAYER.countryLabel,
      type: 'symbol',
      source: SOURCE.region,
      maxzoom: 6.5,
      filter: ['all', is('layer', 'label'), is('class', 'country')],
      layout: { ...country, 'text-size': ['interpolate', ['linear'], ['zoom'], 3, 12, 6.5, 18] },
      paint: countryPaint,
    },
    area(LAYER.countryAreaLabel, SOURCE.region, 6.5, DETAIL_MIN_ZOOM),
    area(LAYER.detailCountryAreaLabel, SOURCE.regionDetail, DETAIL_MIN_ZOOM, 24),
  ];
}
