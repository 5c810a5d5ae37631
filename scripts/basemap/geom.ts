/**
 * Small, pure geometry helpers for the basemap build (scripts/build-basemap.ts).
 *
 * Everything here is deterministic and side-effect free: same input -> same output.
 * Coordinates are [lon, lat] in decimal degrees (WGS 84), as in GeoJSON.
 */

export type Pos = [number, number];
export type Ring = Pos[];
/** [west, south, east, north] */
export type BBox = [number, number, number, number];

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;

/** Round to `decimals` places; never returns -0. */
export function roundNum(x: number, decimals = 4): number {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r;
}

export function roundPos(p: readonly number[], decimals = 4): Pos {
  return [roundNum(p[0] ?? NaN, decimals), roundNum(p[1] ?? NaN, decimals)];
}

function samePos(a: Pos, b: Pos): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Round every position and drop consecutive duplicates (which rounding can create). */
export function roundLine(line: readonly (readonly number[])[], decimals = 4): Pos[] {
  const out: Pos[] = [];
  for (const p of line) {
    const r = roundPos(p, decimals);
    const last = out[out.length - 1];
    if (!last || !samePos(last, r)) out.push(r);
  }
  return out;
}

/**
 * Round a closed ring. Returns null when the ring degenerates (fewer than 4 positions,
 * i.e. fewer than 3 distinct vertices, after rounding).
 */
export function roundRing(ring: readonly (readonly number[])[], decimals = 4): Ring | null {
  const out = roundLine(ring, decimals);
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && !samePos(first, last)) out.push([first[0], first[1]]);
  return out.length >= 4 ? out : null;
}

export function bboxOfPositions(positions: Iterable<readonly number[]>): BBox {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const p of positions) {
    const x = p[0] ?? NaN;
    const y = p[1] ?? NaN;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

export function bboxIntersects(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

export function insideBBox(p: readonly number[], b: BBox): boolean {
  const x = p[0] ?? NaN;
  const y = p[1] ?? NaN;
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/* ------------------------------------------------------------------------------------ */
/* Clipping                                                                              */
/* ------------------------------------------------------------------------------------ */

/**
 * Clip a polyline to a bbox (Liang–Barsky per segment). Returns the pieces that lie
 * inside the bbox, in order. Pieces with fewer than two distinct positions are dropped.
 */
export function clipLine(line: readonly Pos[], b: BBox): Pos[][] {
  const pieces: Pos[][] = [];
  let current: Pos[] = [];
  const flush = (): void => {
    if (current.length >= 2) pieces.push(current);
    current = [];
  };
  for (let i = 0; i + 1 < line.length; i++) {
    const a = line[i];
    const c = line[i + 1];
    if (!a || !c) continue;
    const seg = clipSegment(a, c, b);
    if (!seg) {
      flush();
      continue;
    }
    const [p, q] = seg;
    const last = current[current.length - 1];
    if (last && samePos(last, p)) {
      current.push(q);
    } else {
      flush();
      current = [p, q];
    }
    // segment left the box: close the piece
    if (q[0] !== c[0] || q[1] !== c[1]) flush();
  }
  flush();
  return pieces
    .map((piece) => piece.filter((p, i) => i === 0 || !samePos(p, piece[i - 1] as Pos)))
    .filter((piece) => piece.length >= 2);
}

function clipSegment(a: Pos, c: Pos, b: BBox): [Pos, Pos] | null {
  const dx = c[0] - a[0];
  const dy = c[1] - a[1];
  let t0 = 0;
  let t1 = 1;
  const checks: [number, number][] = [
    [-dx, a[0] - b[0]],
    [dx, b[2] - a[0]],
    [-dy, a[1] - b[1]],
    [dy, b[3] - a[1]],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return null;
    } else {
      const r = q / p;
      if (p < 0) {
        if (r > t1) return null;
        if (r > t0) t0 = r;
      } else {
        if (r < t0) return null;
        if (r < t1) t1 = r;
      }
    }
  }
  const p0: Pos = t0 === 0 ? [a[0], a[1]] : [a[0] + t0 * dx, a[1] + t0 * dy];
  const p1: Pos = t1 === 1 ? [c[0], c[1]] : [a[0] + t1 * dx, a[1] + t1 * dy];
  return [p0, p1];
}

/**
 * Clip a closed ring to a bbox (Sutherland–Hodgman). The result is closed, or null if
 * nothing (or a degenerate sliver with < 3 distinct vertices) remains. Where a ring
 * leaves and re-enters the box the result contains zero-width edges along the box
 * boundary; that is harmless for fill rendering.
 */
export function clipRing(ring: readonly Pos[], b: BBox): Ring | null {
  let pts: Pos[] = ring.slice(0, -1).map((p) => [p[0], p[1]] as Pos);
  const edges: ((p: Pos) => boolean)[] = [
    (p) => p[0] >= b[0],
    (p) => p[0] <= b[2],
    (p) => p[1] >= b[1],
    (p) => p[1] <= b[3],
  ];
  const intersect = (edge: number, p: Pos, q: Pos): Pos => {
    if (edge === 0 || edge === 1) {
      const x = edge === 0 ? b[0] : b[2];
      const t = (x - p[0]) / (q[0] - p[0]);
      return [x, p[1] + t * (q[1] - p[1])];
    }
    const y = edge === 2 ? b[1] : b[3];
    const t = (y - p[1]) / (q[1] - p[1]);
    return [p[0] + t * (q[0] - p[0]), y];
  };
  for (let e = 0; e < 4; e++) {
    const inside = edges[e] as (p: Pos) => boolean;
    const out: Pos[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i] as Pos;
      const prev = pts[(i + pts.length - 1) % pts.length] as Pos;
      const curIn = inside(cur);
      const prevIn = inside(prev);
      if (curIn) {
        if (!prevIn) out.push(intersect(e, prev, cur));
        out.push(cur);
      } else if (prevIn) {
        out.push(intersect(e, prev, cur));
      }
    }
    pts = out;
    if (pts.length === 0) return null;
  }
  const first = pts[0];
  if (!first) return null;
  const closed = [...pts, [first[0], first[1]] as Pos];
  return closed.length >= 4 ? closed : null;
}

/* ------------------------------------------------------------------------------------ */
/* Simplification                                                                        */
/* ------------------------------------------------------------------------------------ */

/**
 * Douglas–Peucker simplification with a tolerance in metres, measured in a local
 * equirectangular plane (x scaled by cos of the line's mean latitude). Endpoints are
 * always kept. For closed lines (first == last) the farthest vertex from the start is
 * also kept so a ring never collapses below 3 distinct vertices by construction.
 * `toleranceM <= 0` returns a copy of the input.
 */
export function simplifyLine(line: readonly Pos[], toleranceM: number): Pos[] {
  if (toleranceM <= 0 || line.length <= 2) return line.map((p) => [p[0], p[1]] as Pos);
  let latSum = 0;
  for (const p of line) latSum += p[1];
  const cos = Math.cos(((latSum / line.length) * Math.PI) / 180);
  const kx = KM_PER_DEG_LON_EQUATOR * 1000 * cos;
  const ky = KM_PER_DEG_LAT * 1000;
  const xs = line.map((p) => p[0] * kx);
  const ys = line.map((p) => p[1] * ky);
  const keep = new Uint8Array(line.length);
  const last = line.length - 1;
  keep[0] = 1;
  keep[last] = 1;
  const tol2 = toleranceM * toleranceM;

  const first = line[0] as Pos;
  const end = line[last] as Pos;
  const stack: [number, number][] = [];
  if (first[0] === end[0] && first[1] === end[1]) {
    // closed: split at the vertex farthest from the start
    let far = 1;
    let best = -1;
    for (let i = 1; i < last; i++) {
      const d = ((xs[i] as number) - (xs[0] as number)) ** 2 + ((ys[i] as number) - (ys[0] as number)) ** 2;
      if (d > best) {
        best = d;
        far = i;
      }
    }
    keep[far] = 1;
    stack.push([0, far], [far, last]);
  } else {
    stack.push([0, last]);
  }

  while (stack.length > 0) {
    const [i0, i1] = stack.pop() as [number, number];
    let maxD = -1;
    let idx = -1;
    for (let i = i0 + 1; i < i1; i++) {
      const d = segDist2(
        xs[i] as number,
        ys[i] as number,
        xs[i0] as number,
        ys[i0] as number,
        xs[i1] as number,
        ys[i1] as number,
      );
      if (d > maxD) {
        maxD = d;
        idx = i;
      }
    }
    if (idx >= 0 && maxD > tol2) {
      keep[idx] = 1;
      stack.push([i0, idx], [idx, i1]);
    }
  }
  const out: Pos[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i];
    if (keep[i] && p) out.push([p[0], p[1]]);
  }
  return out;
}

function segDist2(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  let x = ax;
  let y = ay;
  const dx = bx - ax;
  const dy = by - ay;
  if (dx !== 0 || dy !== 0) {
    const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      x = bx;
      y = by;
    } else if (t > 0) {
      x += dx * t;
      y += dy * t;
    }
  }
  return (px - x) ** 2 + (py - y) ** 2;
}

/* ------------------------------------------------------------------------------------ */
/* Planar measures in a local equirectangular frame                                      */
/* ------------------------------------------------------------------------------------ */

/** Unsigned planar area of a ring in km² (local equirectangular approximation). */
export function ringAreaKm2(ring: readonly Pos[]): number {
  if (ring.length < 4) return 0;
  let latSum = 0;
  for (const p of ring) latSum += p[1];
  const cos = Math.cos(((latSum / ring.length) * Math.PI) / 180);
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Pos;
    const b = ring[i + 1] as Pos;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(s / 2) * KM_PER_DEG_LON_EQUATOR * cos * KM_PER_DEG_LAT;
}

/** Polygon area (outer minus holes) in km², local approximation. */
export function polygonAreaKm2(polygon: readonly (readonly Pos[])[]): number {
  let a = 0;
  polygon.forEach((ring, i) => {
    a += i === 0 ? ringAreaKm2(ring) : -ringAreaKm2(ring);
  });
  return a;
}

/* ------------------------------------------------------------------------------------ */
/* Pole of inaccessibility (polylabel algorithm, Agafonkin 2016, re-implemented)          */
/* ------------------------------------------------------------------------------------ */

interface Cell {
  x: number;
  y: number;
  h: number;
  d: number;
  max: number;
}

/**
 * Pole of inaccessibility of a polygon: the interior point farthest from any ring edge.
 * Computed in a local equirectangular plane (lon scaled by cos of the polygon's mid
 * latitude) so the result is not stretched east–west. `precisionKm` is the stopping
 * tolerance. Returns [lon, lat] in degrees.
 */
export function poleOfInaccessibility(polygon: readonly (readonly Pos[])[], precisionKm = 1): Pos {
  const outer = polygon[0];
  if (!outer || outer.length < 4) throw new Error('poleOfInaccessibility: empty polygon');
  const [w, s, e, n] = bboxOfPositions(outer);
  const cos = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const kx = KM_PER_DEG_LON_EQUATOR * cos;
  const ky = KM_PER_DEG_LAT;
  const rings = polygon.map((r) => r.map((p) => [p[0] * kx, p[1] * ky] as Pos));
  const minX = w * kx;
  const minY = s * ky;
  const maxX = e * kx;
  const maxY = n * ky;
  const width = maxX - minX;
  const height = maxY - minY;
  const cellSize = Math.min(width, height);
  const toLonLat = (x: number, y: number): Pos => [x / kx, y / ky];
  if (cellSize === 0) return toLonLat(minX, minY);

  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = pointToPolygonDist(x, y, rings);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };

  const heap = new MaxHeap<Cell>((a, b) => a.max - b.max);
  const h0 = cellSize / 2;
  for (let x = minX; x < maxX; x += cellSize) {
    for (let y = minY; y < maxY; y += cellSize) heap.push(makeCell(x + h0, y + h0, h0));
  }
  let best = centroidCell(rings, makeCell);
  const bboxCell = makeCell(minX + width / 2, minY + height / 2, 0);
  if (bboxCell.d > best.d) best = bboxCell;

  while (heap.size > 0) {
    const cell = heap.pop() as Cell;
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precisionKm) continue;
    const h = cell.h / 2;
    heap.push(makeCell(cell.x - h, cell.y - h, h));
    heap.push(makeCell(cell.x + h, cell.y - h, h));
    heap.push(makeCell(cell.x - h, cell.y + h, h));
    heap.push(makeCell(cell.x + h, cell.y + h, h));
  }
  return toLonLat(best.x, best.y);
}

function centroidCell(rings: Pos[][], makeCell: (x: number, y: number, h: number) => Cell): Cell {
  const ring = rings[0] as Pos[];
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i] as Pos;
    const b = ring[j] as Pos;
    const f = a[0] * b[1] - b[0] * a[1];
    x += (a[0] + b[0]) * f;
    y += (a[1] + b[1]) * f;
    area += f * 3;
  }
  const first = ring[0] as Pos;
  if (area === 0) return makeCell(first[0], first[1], 0);
  return makeCell(x / area, y / area, 0);
}

/** Signed distance from point to polygon boundary: positive inside, negative outside. */
function pointToPolygonDist(x: number, y: number, rings: Pos[][]): number {
  let inside = false;
  let minDist2 = Infinity;
  for (const ring of rings) {
    for (let i = 0, len = ring.length, j = len - 1; i < len; j = i++) {
      const a = ring[i] as Pos;
      const b = ring[j] as Pos;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
      minDist2 = Math.min(minDist2, segDist2(x, y, a[0], a[1], b[0], b[1]));
    }
  }
  return (inside ? 1 : -1) * Math.sqrt(minDist2);
}

class MaxHeap<T> {
  private readonly data: T[] = [];
  constructor(private readonly cmp: (a: T, b: T) => number) {}
  get size(): number {
    return this.data.length;
  }
  push(item: T): void {
    const data = this.data;
    data.push(item);
    let i = data.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.cmp(data[i] as T, data[parent] as T) <= 0) break;
      [data[i], data[parent]] = [data[parent] as T, data[i] as T];
      i = parent;
    }
  }
  pop(): T | undefined {
    const data = this.data;
    const top = data[0];
    const last = data.pop();
    if (data.length > 0 && last !== undefined) {
      data[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < data.length && this.cmp(data[l] as T, data[m] as T) > 0) m = l;
        if (r < data.length && this.cmp(data[r] as T, data[m] as T) > 0) m = r;
        if (m === i) break;
        [data[i], data[m]] = [data[m] as T, data[i] as T];
        i = m;
      }
    }
    return top;
  }
}

/* ------------------------------------------------------------------------------------ */
/* Points on lines                                                                       */
/* ------------------------------------------------------------------------------------ */

/** Haversine distance in km (mean Earth radius 6371.0088 km, as turf). */
export function haversineKm(a: readonly number[], b: readonly number[]): number {
  const R = 6371.0088;
  const toRad = Math.PI / 180;
  const lat1 = (a[1] ?? NaN) * toRad;
  const lat2 = (b[1] ?? NaN) * toRad;
  const dLat = lat2 - lat1;
  const dLon = ((b[0] ?? NaN) - (a[0] ?? NaN)) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function lineLengthKm(line: readonly Pos[]): number {
  let s = 0;
  for (let i = 0; i + 1 < line.length; i++) s += haversineKm(line[i] as Pos, line[i + 1] as Pos);
  return s;
}

/**
 * The vertex of `line` nearest (by distance along the line) to the point halfway along
 * its length. Returning an existing vertex guarantees the label lies exactly ON the
 * published geometry. Ties resolve to the earlier vertex.
 */
export function midpointVertex(line: readonly Pos[]): Pos {
  const total = lineLengthKm(line);
  const half = total / 2;
  let acc = 0;
  let best = line[0] as Pos;
  let bestGap = Infinity;
  for (let i = 0; i < line.length; i++) {
    if (i > 0) acc += haversineKm(line[i - 1] as Pos, line[i] as Pos);
    const gap = Math.abs(acc - half);
    if (gap < bestGap) {
      bestGap = gap;
      best = line[i] as Pos;
    }
  }
  return [best[0], best[1]];
}

/** The vertex of any of `lines` nearest to `p` (haversine). Ties resolve to the first. */
export function nearestVertex(
  lines: readonly (readonly Pos[])[],
  p: readonly number[],
): { pos: Pos; km: number } {
  let best: Pos | null = null;
  let bestKm = Infinity;
  for (const line of lines) {
    for (const v of line) {
      const d = haversineKm(v, p);
      if (d < bestKm) {
        bestKm = d;
        best = v;
      }
    }
  }
  if (!best) throw new Error('nearestVertex: no vertices');
  return { pos: [best[0], best[1]], km: bestKm };
}

/** Minimum distance (km) from point p to a set of polylines, using a local planar projection per segment. */
export function pointToLinesKm(p: readonly number[], lines: readonly (readonly Pos[])[]): number {
  const px = p[0] ?? NaN;
  const py = p[1] ?? NaN;
  const cos = Math.cos((py * Math.PI) / 180);
  const kx = KM_PER_DEG_LON_EQUATOR * cos;
  const ky = KM_PER_DEG_LAT;
  let best = Infinity;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Pos;
      const b = line[i + 1] as Pos;
      const d2 = segDist2(px * kx, py * ky, a[0] * kx, a[1] * ky, b[0] * kx, b[1] * ky);
      if (d2 < best) best = d2;
    }
  }
  return Math.sqrt(best);
}

/** Even–odd point-in-polygon test (outer ring plus holes). */
export function pointInPolygon(p: readonly number[], polygon: readonly (readonly Pos[])[]): boolean {
  const x = p[0] ?? NaN;
  const y = p[1] ?? NaN;
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i] as Pos;
      const b = ring[j] as Pos;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

/* ------------------------------------------------------------------------------------ */
/* Antimeridian                                                                          */
/* ------------------------------------------------------------------------------------ */

/**
 * world-atlas polygons are stitched for spherical (d3-geo) rendering: a ring may jump
 * from +180 to -180 (Chukotka, Wrangel Island, Fiji). Rendered as planar GeoJSON
 * (MapLibre) such a ring smears a band across the whole map. This splits a polygon into
 * pieces that each stay within [-180, 180]: every ring is unwrapped to be continuous
 * (lon may leave [-180, 180]), then clipped to the windows [-540,-180], [-180,180] and
 * [180,540], each shifted back into range. Rings that wind around a pole (Antarctica)
 * cannot be unwrapped into a closed ring and are returned unchanged, as is any polygon
 * without a jump.
 */
export function splitPolygonAtAntimeridian(polygon: readonly (readonly Pos[])[]): Pos[][][] {
  const copy = (): Pos[][] => polygon.map((r) => r.map((p) => [p[0], p[1]] as Pos));
  const hasJump = polygon.some((r) => r.some((p, i) => i > 0 && Math.abs(p[0] - (r[i - 1] as Pos)[0]) > 180));
  if (!hasJump) return [copy()];
  const unwrapped: Pos[][] = [];
  for (const ring of polygon) {
    const out: Pos[] = [];
    let offset = 0;
    for (let i = 0; i < ring.length; i++) {
      const p = ring[i] as Pos;
      if (i > 0) {
        const prev = ring[i - 1] as Pos;
        const d = p[0] - prev[0];
        if (d > 180) offset -= 360;
        else if (d < -180) offset += 360;
      }
      out.push([p[0] + offset, p[1]]);
    }
    if (offset !== 0) return [copy()]; // winds around a pole
    unwrapped.push(out);
  }
  const pieces: Pos[][][] = [];
  for (const shift of [-360, 0, 360]) {
    const window: BBox = [-180 + shift, -90, 180 + shift, 90];
    const outer = clipRing(unwrapped[0] as Pos[], window);
    if (!outer) continue;
    const rings: Pos[][] = [outer];
    for (const hole of unwrapped.slice(1)) {
      const h = clipRing(hole, window);
      if (h) rings.push(h);
    }
    pieces.push(rings.map((r) => r.map((p) => [p[0] - shift, p[1]] as Pos)));
  }
  return pieces;
}

/** Split a polyline where it jumps across the antimeridian, interpolating the crossing at ±180. */
export function splitLineAtAntimeridian(line: readonly Pos[]): Pos[][] {
  const parts: Pos[][] = [];
  let cur: Pos[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i] as Pos;
    const prev = line[i - 1];
    if (prev && Math.abs(p[0] - prev[0]) > 180) {
      const east = prev[0] > 0; // crossing from the east side (+180) to the west side (-180)
      const x0 = prev[0];
      const x1 = p[0] + (east ? 360 : -360);
      const edge = east ? 180 : -180;
      const t = x1 === x0 ? 0 : (edge - x0) / (x1 - x0);
      const y = prev[1] + t * (p[1] - prev[1]);
      cur.push([edge, y]);
      if (cur.length >= 2) parts.push(cur);
      cur = [[-edge, y]];
    }
    cur.push([p[0], p[1]]);
  }
  if (cur.length >= 2) parts.push(cur);
  return parts;
}
