// The MapLibre filter expressions for the same rule as domain/filters.ts, over the derived properties the map
// source carries (map-data.ts). Only types come from maplibre-gl: the expressions are plain JSON arrays.
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FilterState } from '../domain/filters';
import { normaliseText } from '../domain/filters';

type Expression = ExpressionSpecification;

/** Properties added to every feature sent to the map (see toMapProperties). */
export const DERIVED = {
  from: 'fromYear',
  until: 'untilYear',
  border: 'borderCode',
  /** The feature's modes as "|rail|river|" (vector tiles cannot carry arrays). */
  modes: 'modeList',
  /** Its gauge class, '' for none. */
  gauge: 'gaugeClass',
} as const;

function nonYearClauses(f: FilterState, matchingIds: readonly string[] | null): Expression[] {
  const clauses: Expression[] = [];
  if (f.statuses) clauses.push(['in', ['get', 'status'], ['literal', f.statuses]]);
  if (f.kinds) clauses.push(['in', ['get', 'kind'], ['literal', f.kinds]]);
  if (f.modes)
    clauses.push(['any', ...f.modes.map((m): Expression => ['in', `|${m}|`, ['get', DERIVED.modes]])]);
  if (f.gauges) clauses.push(['in', ['get', DERIVED.gauge], ['literal', f.gauges]]);
  if (f.borders) clauses.push(['in', ['get', DERIVED.border], ['literal', f.borders]]);
  if (normaliseText(f.query) && matchingIds) clauses.push(['in', ['get', 'id'], ['literal', matchingIds]]);
  return clauses;
}

export function yearClause(year: number): Expression {
  return ['all', ['<=', ['get', DERIVED.from], year], ['>', ['get', DERIVED.until], year]];
}

/**
 * Layer filter: features that are 'shown' or 'ghost'. Search is resolved to ids by the caller with the same
 * matchesQuery the list uses (text folding is not expressible in MapLibre expressions).
 */
export function buildLayerFilter(f: FilterState, matchingIds: readonly string[] | null = null): Expression {
  const clauses = nonYearClauses(f, matchingIds);
  if (f.year !== null && !f.ghost) clauses.push(yearClause(f.year));
  return ['all', ...clauses];
}

/** True where the feature is ghosted (due later) under the filter; used for opacity. */
export function buildGhostExpression(f: FilterState): Expression {
  if (f.year === null || !f.ghost) return ['literal', false];
  return ['!', yearClause(f.year)];
}

/** The properties the layer filter reads (see toMapProperties). */
export interface FilterInputs {
  id: string;
  status: string;
  kind: string;
  [DERIVED.from]: number;
  [DERIVED.until]: number;
  [DERIVED.border]: string;
  [DERIVED.modes]: string;
  [DERIVED.gauge]: string;
}

/**
 * The layer filter as a predicate, for the clustered points source: a cluster source is filtered before it
 * clusters, so its data is what passes (the same rule as buildLayerFilter, and tested against the list's rule).
 */
export function layerFilterPredicate(
  f: FilterState,
  matchingIds: readonly string[] | null = null,
): (p: FilterInputs) => boolean {
  const statuses = f.statuses ? new Set<string>(f.statuses) : null;
  const kinds = f.kinds ? new Set<string>(f.kinds) : null;
  const borders = f.borders ? new Set<string>(f.borders) : null;
  const modes = f.modes?.map((m) => `|${m}|`) ?? null;
  const gauges = f.gauges ? new Set<string>(f.gauges) : null;
  const ids = normaliseText(f.query) && matchingIds ? new Set(matchingIds) : null;
  const year = f.year !== null && !f.ghost ? f.year : null;
  return (p) =>
    (!statuses || statuses.has(p.status)) &&
    (!kinds || kinds.has(p.kind)) &&
    (!modes || modes.some((m) => p[DERIVED.modes].includes(m))) &&
    (!gauges || gauges.has(p[DERIVED.gauge])) &&
    (!borders || borders.has(p[DERIVED.border])) &&
    (!ids || ids.has(p.id)) &&
    (year === null || (p[DERIVED.from] <= year && p[DERIVED.until] > year));
}
