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
