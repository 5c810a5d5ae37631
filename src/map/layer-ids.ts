// Every source and layer id of the style: nothing else spells them.
import type { ExpressionSpecification } from 'maplibre-gl';

export const SOURCE = {
  world: 'world',
  region: 'region',
  /** From zoom 8: the eastern border's area at full detail, fetched when the map first reaches zoom 7. */
  regionDetail: 'region-detail',
  borders: 'borders',
  points: 'data-points',
  lines: 'data-lines',
  /** The selected and the hovered point only: highlighting one never re-tiles the main point source. */
  halo: 'data-halo',
} as const;

export const LAYER = {
  background: 'background',
  worldLand: 'world-land',
  countryFill: 'country-fill',
  lake: 'lake',
  river: 'river',
  borderOther: 'border-other',
  detailMask: 'detail-mask',
  detailCountryFill: 'detail-country-fill',
  detailLake: 'detail-lake',
  detailRiver: 'detail-river',
  detailBorderOther: 'detail-border-other',
  borderCasing: 'border-main-casing',
  borderMain: 'border-main',
  countryLabel: 'label-country',
  countryAreaLabel: 'label-country-area',
  detailCountryAreaLabel: 'label-country-area-detail',
  waterLabel: 'label-water',
  riverLabel: 'label-river',
  detailRiverLabel: 'label-river-detail',
  townLabel: 'label-town',
  corridors: 'data-corridors',
  bridgeLines: 'data-bridge-lines',
  halo: 'data-halo',
  points: 'data-points',
  /** Counts where icons would overlap at low zoom (the clustered points source). */
  clusters: 'data-clusters',
  pointLabels: 'data-point-labels',
  /** Names of bridges and crossings (and clusters holding one): placed before the other names. */
  keyLabels: 'data-key-labels',
} as const;

/** Layers that draw data features; clicks and hover are read from these. */
export const DATA_LAYERS = [LAYER.points, LAYER.clusters, LAYER.bridgeLines, LAYER.corridors] as const;
/** The corridors' own clause, which each line layer keeps beside the filter expression. */
export const CORRIDOR_CLAUSE: ExpressionSpecification = ['==', ['get', 'kind'], 'corridor'];

/**
 * Layers the filter expression applies to, each with the clause that picks its lines. The clustered points
 * source is filtered before it clusters instead (its data is the passing points, see map-controller.ts), so
 * counts and names follow the filters.
 */
export const FILTERED_LAYERS: readonly (readonly [string, ExpressionSpecification])[] = [
  [LAYER.bridgeLines, ['!', CORRIDOR_CLAUSE]],
  [LAYER.corridors, CORRIDOR_CLAUSE],
];
