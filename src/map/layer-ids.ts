// Every source and layer id of the style: nothing else spells them.
export const SOURCE = {
  world: 'world',
  region: 'region',
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
  borderCasing: 'border-main-casing',
  borderMain: 'border-main',
  countryLabel: 'label-country',
  waterLabel: 'label-water',
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
