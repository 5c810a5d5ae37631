// Which features a click or tap means. Pure: the controller measures the hits (screen distance from the
// pointer to each drawn icon centre), this decides between one feature, a chooser of several, or nothing.

export type Pointer = 'mouse' | 'touch';

export interface Hit {
  /** A feature id, or a cluster's key ('cluster:<id>'). */
  key: string;
  kind: 'icon' | 'cluster' | 'line';
  /** Screen px from the pointer to the drawn icon centre (lines: 0, they are hit by the query box itself). */
  distance: number;
}

/**
 * How far from an icon centre a pointer still hits it: a mouse within the 24-px icon (plus a little), a finger
 * within about 22 px (a fingertip covers some 10 mm).
 */
export const TOLERANCE_PX: Record<Pointer, number> = { mouse: 14, touch: 22 };
/** A cluster disc is larger than an icon. */
export const CLUSTER_EXTRA_PX = 4;
/** A mouse pointer this close to one icon centre, and no other that close, aims at that icon alone. */
export const AIMED_PX = 7;

/**
 * The candidates under the pointer, nearest first: icons and clusters within the tolerance; lines only where no
 * icon is hit (a bridge's line and its own icon count once). A precise pointer aimed at one icon gets that one
 * alone; a finger never does when several are near, so a stack always opens the chooser on touch.
 */
export function rankCandidates(hits: readonly Hit[], pointer: Pointer): Hit[] {
  const best = new Map<string, Hit>();
  for (const h of hits) {
    const reach = TOLERANCE_PX[pointer] + (h.kind === 'cluster' ? CLUSTER_EXTRA_PX : 0);
    if (h.kind !== 'line' && h.distance > reach) continue;
    const seen = best.get(h.key);
    // An icon beats a line of the same feature; otherwise the nearer measure wins.
    if (
      !seen ||
      (seen.kind === 'line' && h.kind !== 'line') ||
      (seen.kind === h.kind && h.distance < seen.distance)
    )
      best.set(h.key, h);
  }
  const all = [...best.values()];
  const points = all.filter((h) => h.kind !== 'line');
  const chosen = points.length > 0 ? points : all;
  chosen.sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key));
  const [first, second] = chosen;
  if (pointer === 'mouse' && first && first.kind === 'icon' && first.distance <= AIMED_PX) {
    if (!second || second.distance > AIMED_PX) return [first];
  }
  return chosen;
}

/** Cluster keys: 'cluster:<id>'. */
export function clusterKey(clusterId: number): string {
  return `cluster:${clusterId}`;
}

export function clusterIdOf(key: string): number | null {
  if (!key.startsWith('cluster:')) return null;
  const id = Number(key.slice('cluster:'.length));
  return Number.isInteger(id) ? id : null;
}
