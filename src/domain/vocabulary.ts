// The closed vocabularies of the dataset: kinds, statuses, borders and border sections, with display labels.

export const STATUSES = [
  'operational',
  'under-construction',
  'planned',
  'proposed',
  'suspended',
  'closed',
] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABEL: Record<Status, string> = {
  operational: 'Operational',
  'under-construction': 'Under construction',
  planned: 'Planned',
  proposed: 'Proposed',
  suspended: 'Suspended',
  closed: 'Closed',
};

/** Colour per status (colour-blind-safe Okabe–Ito based); a second, non-colour cue is given by the map style. */
export const STATUS_COLOR: Record<Status, string> = {
  operational: '#0f7b3a',
  'under-construction': '#d55e00',
  planned: '#0072b2',
  proposed: '#8e5ea2',
  suspended: '#b8860b',
  closed: '#6b6b6b',
};

/** Statuses drawn hollow on the map and dashed in lists: not (yet) built. */
export const NOT_BUILT: ReadonlySet<Status> = new Set(['planned', 'proposed']);

export const KINDS = [
  'rail-crossing',
  'road-crossing',
  'river-crossing',
  'railway-bridge',
  'road-bridge',
  'cable-car',
  'multimodal-hub',
  'port',
  'corridor',
  'deposit',
] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABEL: Record<Kind, string> = {
  'rail-crossing': 'Rail crossing',
  'road-crossing': 'Road crossing',
  'river-crossing': 'River crossing',
  'railway-bridge': 'Railway bridge',
  'road-bridge': 'Road bridge',
  'cable-car': 'Cable car',
  'multimodal-hub': 'Multimodal hub',
  port: 'Port',
  corridor: 'Corridor',
  deposit: 'Rare-earth deposit',
};

/** Kinds that are border crossings: checked against the border line by the data check. */
export const CROSSING_KINDS: ReadonlySet<Kind> = new Set([
  'rail-crossing',
  'road-crossing',
  'river-crossing',
  'railway-bridge',
  'road-bridge',
  'cable-car',
]);

export const BORDERS = ['cn', 'kp'] as const;
export type Border = (typeof BORDERS)[number];

/** Border sections, west to east along the border, then the Tumen; hinterland last. */
export const SECTIONS = [
  'altai',
  'transbaikal',
  'amur',
  'ussuri',
  'primorye',
  'tumen',
  'hinterland',
] as const;
export type Section = (typeof SECTIONS)[number];

export const EVENT_TYPES = [
  'announced',
  'agreement',
  'construction-start',
  'target',
  'milestone',
  'opened',
  'suspended',
  'reopened',
  'closed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PRECISIONS = ['exact', 'site', 'settlement', 'estimated'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const LANGS = ['en', 'ru', 'zh', 'ko'] as const;
export type Lang = (typeof LANGS)[number];

export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** What a capacity figure counts, the units it may be given in, and whether it is a design or an actual figure. */
export const CAPACITY_MEASURES = [
  'freight',
  'containers',
  'trucks',
  'vehicles',
  'passengers',
  'trains',
] as const;
export type CapacityMeasure = (typeof CAPACITY_MEASURES)[number];

export const CAPACITY_UNITS = [
  'Mt/yr',
  't/yr',
  'TEU/yr',
  'trucks/day',
  'vehicles/day',
  'vehicles/yr',
  'passengers/day',
  'passengers/yr',
  'trains/day',
] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

/** The units each measure may use: a figure in vehicles/day cannot count freight. */
export const UNITS_OF_MEASURE: Record<CapacityMeasure, readonly CapacityUnit[]> = {
  freight: ['Mt/yr', 't/yr'],
  containers: ['TEU/yr'],
  trucks: ['trucks/day'],
  vehicles: ['vehicles/day', 'vehicles/yr'],
  passengers: ['passengers/day', 'passengers/yr'],
  trains: ['trains/day'],
};

export const CAPACITY_BASES = ['design', 'actual'] as const;
