// What changed between the points the clustered source holds and the points that pass the filters now: a year
// step usually adds or removes a few, so the worker gets that diff instead of every point again.

export type PointsUpdate<F> =
  { type: 'none' } | { type: 'replace'; features: F[] } | { type: 'diff'; add: F[]; remove: string[] };

/**
 * `held`: the source's points by id (null: unknown, e.g. new data or a rebuilt style). A diff larger than half
 * the new set is sent as a replacement (one message either way; the whole set is the simpler one for the worker).
 */
export function pointsUpdate<F extends { properties: { id: string } }>(
  held: ReadonlyMap<string, F> | null,
  shown: readonly F[],
): PointsUpdate<F> {
  if (!held) return { type: 'replace', features: [...shown] };
  const add: F[] = [];
  const keep = new Set<string>();
  for (const f of shown) {
    const id = f.properties.id;
    keep.add(id);
    if (held.get(id) !== f) add.push(f);
  }
  const remove: string[] = [];
  for (const id of held.keys()) if (!keep.has(id)) remove.push(id);
  if (add.length === 0 && remove.length === 0) return { type: 'none' };
  if (add.length + remove.length > shown.length / 2) return { type: 'replace', features: [...shown] };
  return { type: 'diff', add, remove };
}
