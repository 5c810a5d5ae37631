// Turns validated features into the two GeoJSON collections the map draws, with the derived properties its
// filter expressions read (filter-expression.ts) and pixel offsets that spread co-located points apart.
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { MapFeature } from '../domain/schema';
import { fromYear, untilYear } from '../domain/filters';
import { displayName } from '../domain/feature-view';
import { anchorPosition, distanceM } from '../domain/geometry';
import { gaugeOf, modesOf } from '../domain/modes';
import { CROSSING_KINDS, NOT_BUILT } from '../domain/vocabulary';
import type { Kind, Lang } from '../domain/vocabulary';
import { DERIVED } from './filter-expression';

export interface MapProperties {
  id: string;
  kind: string;
  status: string;
  label: string;
  /** The label without its parentheses, for low zoom. */
  short: string;
  /** Label priority: 0 bridges, 1 crossings, 2 the rest (lower is placed first). */
  rank: number;
  /** `${rank}|${short}`: clusters keep the smallest, to be named after their key feature. */
  top: string;
  icon: string;
  notBuilt: boolean;
  /** Pixel offset of the icon from its true position at icon size 1 (vector tiles cannot carry arrays). */
  offsetX: number;
  offsetY: number;
  /** Key of the offset in the icon-offset expression ('' = not spread). */
  slot: string;
  [DERIVED.from]: number;
  [DERIVED.until]: number;
  [DERIVED.border]: string;
  [DERIVED.modes]: string;
  [DERIVED.gauge]: string;
}

/** Points closer than this are drawn spread around their common centre so each stays visible and clickable. */
export const COLOCATED_M = 600;
export const SPREAD_PX = 14;

/** Grid cells (degrees) at least COLOCATED_M across up to 70° N, so a group's centre lies in a neighbouring cell. */
const CELL_LAT = 0.01;
const CELL_LON = 0.02;

/**
 * Groups points that lie within COLOCATED_M of the group's first point (points in id order, each joining the
 * oldest group in reach); returns offsets by id. A grid of group centres keeps it linear for 100k points.
 */
export function colocatedGroups(points: { id: string; position: Position }[]): string[][] {
  const groups: { centre: Position; ids: string[]; index: number }[] = [];
  const grid = new Map<string, typeof groups>();
  const cellOf = (p: Position): [number, number] => [
    Math.floor((p[0] ?? 0) / CELL_LON),
    Math.floor((p[1] ?? 0) / CELL_LAT),
  ];
  const byId = new Intl.Collator().compare;
  for (const p of [...points].sort((a, b) => byId(a.id, b.id))) {
    const [cx, cy] = cellOf(p.position);
    let group: (typeof groups)[number] | undefined;
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const g of grid.get(`${cx + dx},${cy + dy}`) ?? [])
          if ((!group || g.index < group.index) && distanceM(g.centre, p.position) < COLOCATED_M) group = g;
    if (group) group.ids.push(p.id);
    else {
      const created = { centre: p.position, ids: [p.id], index: groups.length };
      groups.push(created);
      const key = `${cx},${cy}`;
      const cell = grid.get(key);
      if (cell) cell.push(created);
      else grid.set(key, [created]);
    }
  }
  return groups.map((g) => g.ids);
}

/** Offsets (px at icon size 1) that spread each group of co-located points around a circle. */
export function spreadOffsets(points: { id: string; position: Position }[]): Map<string, [number, number]> {
  const offsets = new Map<string, [number, number]>();
  for (const ids of colocatedGroups(points)) {
    const n = ids.length;
    ids.forEach((id, i) => {
      if (n === 1) return offsets.set(id, [0, 0]);
      const angle = (2 * Math.PI * i) / n - Math.PI / 2;
      offsets.set(id, [Math.round(SPREAD_PX * Math.cos(angle)), Math.round(SPREAD_PX * Math.sin(angle))]);
    });
  }
  return offsets;
}

const BRIDGES: ReadonlySet<Kind> = new Set(['railway-bridge', 'road-bridge']);

/** Label priority by kind: bridges, then the other border crossings, then hubs, ports and the rest. */
export function labelRank(kind: Kind): number {
  if (BRIDGES.has(kind)) return 0;
  return CROSSING_KINDS.has(kind) ? 1 : 2;
}

/**
 * The name for low zoom: without parentheses, and for a town pair just the pair ("Khasan–Tumangang road bridge"
 * → "Khasan–Tumangang"); the icon tells the kind, the tooltip and card the full name.
 */
export function shortLabel(name: string): string {
  const plain =
    name
      .replace(/\s*[(（][^)）]*[)）]/g, '')
      .replace(/\s+/g, ' ')
      .trim() || name;
  const words = plain.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
  const head = cut > 0 ? words.slice(0, cut).join(' ') : plain;
  return /[–—-]/.test(head) ? head : plain;
}

/**
 * The town pair of a crossing's or bridge's name in another script, for low zoom ("Пограничный переход Покровка —
 * Логухэ" → "Покровка — Логухэ"): those names put the kind first, so shortLabel's head rule keeps them whole. Null
 * for a name in Latin letters (English keeps shortLabel exactly) or without a pair.
 */
export function pairLabel(name: string): string | null {
  if (/[A-Za-z]/.test(name)) return null;
  const plain = name.replace(/\s*[(（][^)）]*[)）]/g, '');
  // A two-word town ("Турий Рог") keeps its first word, unless that word opens the name ("Мост …").
  return (
    /(?:(?<=\s)\p{Lu}\p{Ll}[\p{L}-]*\s)?\p{Lu}[\p{L}-]*\s*[–—]\s*\p{Lu}[\p{L}-]*/u.exec(plain)?.[0] ?? null
  );
}

export function toMapProperties(f: MapFeature, lang: Lang, offset: [number, number] = [0, 0]): MapProperties {
  const p = f.properties;
  const label = displayName(p, lang);
  const rank = labelRank(p.kind);
  const short = (rank < 2 && pairLabel(label)) || shortLabel(label);
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    label,
    short,
    rank,
    top: `${rank}|${short}`,
    icon: `sym-${p.kind}-${p.status}`,
    notBuilt: NOT_BUILT.has(p.status),
    offsetX: offset[0],
    offsetY: offset[1],
    slot: offset[0] === 0 && offset[1] === 0 ? '' : `${offset[0]},${offset[1]}`,
    [DERIVED.from]: fromYear(p),
    [DERIVED.until]: untilYear(p),
    [DERIVED.border]: p.border ?? '',
    [DERIVED.modes]: `|${modesOf(p).join('|')}|`,
    [DERIVED.gauge]: gaugeOf(p) ?? '',
  };
}

/** Icon size by zoom, as [zoom, size] stops: the style and the hit-testing both use it. */
export const ICON_SIZE_STOPS: readonly [readonly [number, number], readonly [number, number]] = [
  [3, 0.75],
  [7, 1],
];

/** The icon size MapLibre draws at a zoom (linear between the stops); icon offsets scale with it. */
export function iconScale(zoom: number): number {
  const [[z0, s0], [z1, s1]] = ICON_SIZE_STOPS;
  if (zoom <= z0) return s0;
  if (zoom >= z1) return s1;
  return s0 + ((s1 - s0) * (zoom - z0)) / (z1 - z0);
}

/** The icon-offset expression for the slots present in the data: a match from slot key to a literal offset. */
export function iconOffsetExpression(
  points: { properties: Pick<MapProperties, 'slot' | 'offsetX' | 'offsetY'> }[],
): ExpressionSpecification {
  const slots = new Map<string, [number, number]>();
  for (const p of points)
    if (p.properties.slot) slots.set(p.properties.slot, [p.properties.offsetX, p.properties.offsetY]);
  const none: ExpressionSpecification = ['literal', [0, 0]];
  const [first, ...rest] = [...slots];
  if (!first) return none;
  const offset = (v: [number, number]): ExpressionSpecification => ['literal', v];
  return [
    'match',
    ['get', 'slot'],
    first[0],
    offset(first[1]),
    ...rest.flatMap(([k, v]) => [k, offset(v)]),
    none,
  ];
}

export interface MapCollections {
  /** Every non-corridor feature as a point (a bridge drawn as a line also gets its midpoint here for the icon). */
  points: FeatureCollection<Point, MapProperties>;
  /** Corridors and bridges that have a line geometry. */
  lines: FeatureCollection<LineString, MapProperties>;
}

export function toMapCollections(features: readonly MapFeature[], lang: Lang): MapCollections {
  const pointFeatures = features.filter((f) => f.properties.kind !== 'corridor');
  const offsets = spreadOffsets(
    pointFeatures.map((f) => ({ id: f.id, position: anchorPosition(f.geometry) })),
  );
  const points: Feature<Point, MapProperties>[] = pointFeatures.map((f) => ({
    type: 'Feature',
    id: f.id,
    geometry: { type: 'Point', coordinates: anchorPosition(f.geometry) },
    properties: toMapProperties(f, lang, offsets.get(f.id) ?? [0, 0]),
  }));
  const lines: Feature<LineString, MapProperties>[] = [];
  for (const f of features) {
    if (f.geometry.type !== 'LineString') continue;
    lines.push({
      type: 'Feature',
      id: f.id,
      geometry: { type: 'LineString', coordinates: f.geometry.coordinates },
      properties: toMapProperties(f, lang),
    });
  }
  return {
    points: { type: 'FeatureCollection', features: points },
    lines: { type: 'FeatureCollection', features: lines },
  };
}
