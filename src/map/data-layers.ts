// The data sources and layers of the style (basemap-style.ts puts them above the basemap). Points are one
// clustered GeoJSON source: where icons would overlap at low zoom they merge into a count, which also bounds the
// icons per tile (MapLibre's Int16 icon index breaks past 32,768 icons in one tile). Symbol placement runs from the
// top layer down, so the order below is also the priority: feature icons first (always drawn, and their boxes
// block later symbols), then feature and cluster names, then (in the basemap, below) the town names.
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CORRIDOR_CLAUSE, LAYER, SOURCE } from './layer-ids';
import { ICON_SIZE_STOPS } from './map-data';
import { STATUS_COLOR, STATUSES } from '../domain/vocabulary';
import { FONT } from './basemap-layers';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Points this close (screen px) merge into a cluster, up to CLUSTER_MAX_ZOOM; above it every icon is drawn. */
export const CLUSTER_RADIUS_PX = 18;
export const CLUSTER_MAX_ZOOM = 8;
/** Names of hubs, ports and deposits start at this zoom (the default view is about 4.75). */
export const OTHER_LABELS_MIN_ZOOM = 6;
/** Below this zoom labels use the short name (no parenthesis). */
export const SHORT_LABEL_BELOW_ZOOM = 7;

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

const isCluster: ExpressionSpecification = ['has', 'point_count'];

export function dataSources(): Record<string, SourceSpecification> {
  return {
    [SOURCE.points]: {
      type: 'geojson',
      data: EMPTY,
      cluster: true,
      clusterRadius: CLUSTER_RADIUS_PX,
      clusterMaxZoom: CLUSTER_MAX_ZOOM,
      // A cluster keeps the best rank of its members and the short name of the best-ranked one ("rank|name"
      // strings compare by rank first), so it can be named after its key feature.
      clusterProperties: {
        rank: ['min', ['get', 'rank']],
        top: [
          ['case', ['<', ['to-string', ['accumulated']], ['get', 'top']], ['accumulated'], ['get', 'top']],
          ['get', 'top'],
        ],
      },
    },
    [SOURCE.lines]: { type: 'geojson', data: EMPTY },
    [SOURCE.halo]: { type: 'geojson', data: EMPTY },
  };
}

/** A cluster is named after its best-ranked member's short name ("Khasan–Tumangang"); its disc shows the count. */
const clusterName: ExpressionSpecification = ['slice', ['get', 'top'], 2];

function labelLayer(id: string, filter: ExpressionSpecification, minzoom = 0): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE.points,
    minzoom,
    filter,
    layout: {
      'text-field': [
        'step',
        ['zoom'],
        ['case', isCluster, clusterName, ['get', 'short']],
        SHORT_LABEL_BELOW_ZOOM,
        ['case', isCluster, clusterName, ['get', 'label']],
      ],
      'text-font': FONT,
      'text-size': ['interpolate', ['linear'], ['zoom'], 4, 11, 8, 12],
      'text-variable-anchor': [
        'left',
        'right',
        'top',
        'bottom',
        'bottom-left',
        'top-left',
        'bottom-right',
        'top-right',
      ],
      'text-radial-offset': ['case', isCluster, 2.3, 1.3],
      'text-justify': 'auto',
      'text-max-width': ['step', ['zoom'], 9, SHORT_LABEL_BELOW_ZOOM, 12],
      'text-padding': 0,
      // Bridges first, then crossings, then the rest (rank, see map-data.ts).
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': '#1f1f1f', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  };
}

export function dataLayers(): LayerSpecification[] {
  return [
    {
      id: LAYER.corridors,
      type: 'line',
      source: SOURCE.lines,
      filter: CORRIDOR_CLAUSE,
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
      filter: ['!', CORRIDOR_CLAUSE],
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
    // Names of features and clusters: placed after every icon, so they never cover one, and before the towns.
    // Symbol-sort-key orders placement within one tile only, so the key names (bridges and crossings, and the
    // clusters holding one) get their own layer, placed before the others everywhere.
    // Hubs, ports and deposits are named from OTHER_LABELS_MIN_ZOOM: at the default view the names are the
    // crossings' and bridges', and the big towns (Vladivostok beside its port) keep room for theirs.
    labelLayer(LAYER.pointLabels, ['>=', ['get', 'rank'], 2], OTHER_LABELS_MIN_ZOOM),
    labelLayer(LAYER.keyLabels, ['<', ['get', 'rank'], 2]),
    {
      id: LAYER.clusters,
      type: 'symbol',
      source: SOURCE.points,
      filter: isCluster,
      layout: {
        'icon-image': 'cluster',
        'icon-padding': 0,
        'icon-size': ['step', ['get', 'point_count'], 0.7, 10, 0.9, 100, 1.1, 1000, 1.3],
        'icon-allow-overlap': true,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': FONT,
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: LAYER.points,
      type: 'symbol',
      source: SOURCE.points,
      filter: ['!', isCluster],
      layout: {
        'icon-image': ['get', 'icon'],
        'icon-padding': 0,
        'icon-size': iconSize,
        'icon-offset': ['literal', [0, 0]],
        // Always drawn, and (not ignoring placement) their boxes keep every later label off them.
        'icon-allow-overlap': true,
        'symbol-sort-key': ['case', ['get', 'notBuilt'], 1, 0],
      },
      paint: { 'icon-opacity': 1 },
    },
  ];
}
