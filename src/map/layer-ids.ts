// Every source and layer id of the style: nothing else spells them.
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
  pointLabels: 'data-point-labels',
} as const;

/** Layers that draw data features; clicks and hover are read from these. */
export const DATA_LAYERS = [LAYER.points, LAYER.bridgeLines, LAYER.corridors] as const;
/** Layers the filters apply to. */
export const FILTERED_LAYERS = [LAYER.points, LAYER.pointLabels, LAYER.bridgeLines, LAYER.corridors] as const;
