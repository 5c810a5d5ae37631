/**
 * Make neighbouring country polygons share their border exactly. The OSM-derived source simplified each country on
 * its own, so where two countries meet their outlines run within metres of each other but rarely share vertices,
 * and a topology (topojson-server) finds no shared arc. Here every stretch of a country's outline that runs within
 * SNAP_M of a reference country's outline is replaced by the reference's own vertices, so afterwards both polygons
 * hold the same vertex sequence there and topojson sees one shared arc.
 */
import KDBush from 'kdbush';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

type Ring = Position[];
type Country = Feature<Polygon | MultiPolygon, { iso: string }>;

const M_PER_DEG = 111_320;

interface RefRing {
  ring: Ring; // closed ring, last = first
  n: number; // vertex count without the closing vertex
}

interface RefIndex {
  rings: RefRing[];
  owner: { ring: number; idx: number }[];
  index: KDBush;
  kx: number;
}

export function polygonsOf(f: Country): Position[][][] {
  return f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
}

function buildIndex(ref: Country, lat0: number): RefIndex {
  const kx = Math.cos((lat0 * Math.PI) / 180);
  const rings: RefRing[] = [];
  const owner: { ring: number; idx: number }[] = [];
  for (const poly of polygonsOf(ref))
    for (const ring of poly) {
      const r = rings.length;
      rings.push({ ring, n: ring.length - 1 });
      for (let i = 0; i < ring.length - 1; i++) owner.push({ ring: r, idx: i });
    }
  const index = new KDBush(owner.length);
  for (const o of owner) {
    const p = rings[o.ring]?.ring[o.idx] as Position;
    index.add((p[0] as number) * kx, p[1] as number);
  }
  index.finish();
  return { rings, owner, index, kx };
}

function nearest(ix: RefIndex, p: Position, maxM: number): { ring: number; idx: number } | null {
  const r = maxM / M_PER_DEG;
  const x = (p[0] as number) * ix.kx;
  const y = p[1] as number;
  let best: { ring: number; idx: number } | null = null;
  let bestD = Infinity;
  for (const id of ix.index.within(x, y, r)) {
    const o = ix.owner[id] as { ring: number; idx: number };
    const q = ix.rings[o.ring]?.ring[o.idx] as Position;
    const d = ((q[0] as number) * ix.kx - x) ** 2 + ((q[1] as number) - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = o;
    }
  }
  return best;
}

/** Signed shortest step from index a to b on a ring of n vertices. */
function step(a: number, b: number, n: number): number {
  let d = (b - a) % n;
  if (d > n / 2) d -= n;
  if (d < -n / 2) d += n;
  return d;
}

/** The reference vertices from a to b, walking in direction dir (±1). */
function walk(ref: RefRing, a: number, b: number, dir: number): Ring {
  const out: Ring = [];
  for (let i = a; ; i = (i + dir + ref.n) % ref.n) {
    out.push(ref.ring[i] as Position);
    if (i === b || out.length > ref.n) break;
  }
  return out;
}

/** Replace the runs of `ring` that follow the reference outline by the reference's vertices. */
function snapRing(ring: Ring, ix: RefIndex, maxM: number, maxGap: number): Ring {
  const open = ring.slice(0, -1);
  const n = open.length;
  const hit = open.map((p) => nearest(ix, p, maxM));
  // Start the scan at a vertex that does not snap, so no run wraps around the ring's start.
  const start = hit.findIndex((h) => h === null);
  if (start < 0) return ring; // the whole ring lies on the reference: keep it (an exact duplicate)
  const order = Array.from({ length: n }, (_, k) => (start + k) % n);
  const out: Ring = [];
  let k = 0;
  while (k < n) {
    const i = order[k] as number;
    const h = hit[i];
    if (!h) {
      out.push(open[i] as Position);
      k++;
      continue;
    }
    // Grow a run on the same reference ring, bridging up to maxGap non-snapping vertices.
    let end = k;
    let gap = 0;
    for (let j = k + 1; j < n; j++) {
      const hj = hit[order[j] as number];
      if (hj && hj.ring === h.ring) {
        end = j;
        gap = 0;
      } else if (++gap > maxGap) break;
    }
    const first = h;
    const last = hit[order[end] as number] as { ring: number; idx: number };
    const ref = ix.rings[h.ring] as RefRing;
    let sum = 0;
    let prev = first.idx;
    for (let j = k + 1; j <= end; j++) {
      const hj = hit[order[j] as number];
      if (hj && hj.ring === h.ring) {
        sum += step(prev, hj.idx, ref.n);
        prev = hj.idx;
      }
    }
    if (end === k || sum === 0) {
      out.push(open[i] as Position);
      k++;
      continue;
    }
    out.push(...walk(ref, first.idx, last.idx, Math.sign(sum)));
    k = end + 1;
  }
  const dedup = out.filter((p, j) => j === 0 || p[0] !== out[j - 1]?.[0] || p[1] !== out[j - 1]?.[1]);
  dedup.push(dedup[0] as Position);
  return dedup;
}

/**
 * Snap `target`'s outline onto `ref`'s wherever they run within maxM metres (nearest vertex), bridging gaps of up to
 * maxGap vertices. Returns a new feature; `ref` is not changed.
 */
export function snapCountry(target: Country, ref: Country, maxM: number, maxGap = 8): Country {
  const lat0 = (polygonsOf(ref)[0]?.[0]?.[0]?.[1] as number | undefined) ?? 45;
  const ix = buildIndex(ref, lat0);
  const polys = polygonsOf(target).map((poly) =>
    poly.map((ring) => snapRing(ring, ix, maxM, maxGap)).filter((r) => r.length >= 4),
  );
  const kept = polys.filter((p) => p.length > 0);
  return {
    ...target,
    geometry:
      kept.length === 1
        ? { type: 'Polygon', coordinates: kept[0] as Position[][] }
        : { type: 'MultiPolygon', coordinates: kept },
  };
}
